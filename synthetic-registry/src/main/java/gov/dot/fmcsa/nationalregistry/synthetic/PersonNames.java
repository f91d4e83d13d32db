package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.List;
import java.util.stream.Stream;

/**
 * Common US first and last names, with some of the spellings legacy data is full of: accents,
 * apostrophes, hyphens and particles. A few hundred combinations are enough: accounts are told
 * apart by their numbers and email addresses, and real registries do hold namesakes.
 */
final class PersonNames {

    static final List<Name> FIRST = names(
            "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
            "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
            "Christopher", "Karen", "Charles", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony",
            "Sandra", "Mark", "Margaret", "Donald", "Ashley", "Steven", "Kimberly", "Andrew", "Emily",
            "Paul", "Donna", "Joshua", "Michelle", "Kenneth", "Carol", "Kevin", "Amanda", "Brian",
            "Melissa", "Timothy", "Deborah", "Ronald", "Stephanie", "George", "Rebecca", "Jason",
            "Sharon", "Edward", "Laura", "Jeffrey", "Cynthia", "Ryan", "Amy", "Jacob", "Kathleen",
            "Gary", "Angela", "Eric", "Nicole", "Jonathan", "Emma", "Stephen", "Brenda", "Justin",
            "Anna", "Scott", "Rachel", "Benjamin", "Heather", "Samuel", "Olivia", "Gregory", "Maria",
            "José", "María", "Luis", "Sofía", "Wei", "Mei", "Hiroshi", "Yuki", "Raj", "Priya", "Ahmed",
            "Fatima", "Kwame", "Aaliyah", "DeShawn", "Renée", "Zoë", "Siobhan", "Mary-Kate", "Jean-Luc");

    static final List<Name> LAST = names(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
            "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
            "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
            "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
            "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
            "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner",
            "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales",
            "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey",
            "Reed", "Kelly", "Howard", "Kim", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood",
            "Bennett", "Gray", "Mendoza", "Hughes", "Price", "Castillo", "Patel", "Myers", "Ross",
            "Jiménez", "Nuñez", "O'Brien", "O'Connor", "McDonald", "Chen", "Singh", "Yamamoto",
            "Kowalski", "Smith-Jones", "Van Dyke", "De La Cruz");

    private PersonNames() {
    }

    private static List<Name> names(String... texts) {
        return Stream.of(texts).map(Name::of).toList();
    }
}
