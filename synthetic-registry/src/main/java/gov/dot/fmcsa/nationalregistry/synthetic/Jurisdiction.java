package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.Arrays;
import java.util.List;

/**
 * The State codes the format accepts (the 50 States, DC and the five inhabited territories), with
 * what a plausible address or phone number there needs: a population weight (in hundreds of
 * thousands, so that Texas appears far more often than Vermont) and a few cities, each with the first
 * three digits of its ZIP codes and its area code.
 */
enum Jurisdiction {
    AL(50, "Birmingham 352 205", "Montgomery 361 334", "Huntsville 358 256"),
    AK(7, "Anchorage 995 907", "Fairbanks 997 907", "Juneau 998 907"),
    AZ(72, "Phoenix 850 602", "Tucson 857 520", "Mesa 852 480"),
    AR(30, "Little Rock 722 501", "Fayetteville 727 479", "Fort Smith 729 479"),
    CA(395, "Los Angeles 900 213", "San Diego 921 619", "Sacramento 958 916", "Fresno 937 559", "Oakland 946 510"),
    CO(58, "Denver 802 303", "Colorado Springs 809 719", "Aurora 800 303"),
    CT(36, "Hartford 061 860", "New Haven 065 203", "Bridgeport 066 203"),
    DE(10, "Wilmington 198 302", "Dover 199 302", "Newark 197 302"),
    DC(7, "Washington 200 202"),
    FL(215, "Jacksonville 322 904", "Miami 331 305", "Tampa 336 813", "Orlando 328 407"),
    GA(107, "Atlanta 303 404", "Savannah 314 912", "Augusta 309 706"),
    HI(15, "Honolulu 968 808", "Hilo 967 808", "Kailua 967 808"),
    ID(18, "Boise 837 208", "Idaho Falls 834 208", "Pocatello 832 208"),
    IL(128, "Chicago 606 312", "Springfield 627 217", "Peoria 616 309", "Rockford 611 815"),
    IN(68, "Indianapolis 462 317", "Fort Wayne 468 260", "Evansville 477 812"),
    IA(32, "Des Moines 503 515", "Cedar Rapids 524 319", "Davenport 528 563"),
    KS(29, "Wichita 672 316", "Topeka 666 785", "Overland Park 662 913"),
    KY(45, "Louisville 402 502", "Lexington 405 859", "Bowling Green 421 270"),
    LA(47, "New Orleans 701 504", "Baton Rouge 708 225", "Shreveport 711 318"),
    ME(14, "Portland 041 207", "Bangor 044 207", "Augusta 043 207"),
    MD(62, "Baltimore 212 410", "Annapolis 214 410", "Frederick 217 301"),
    MA(70, "Boston 021 617", "Worcester 016 508", "Springfield 011 413"),
    MI(101, "Detroit 482 313", "Grand Rapids 495 616", "Lansing 489 517"),
    MN(57, "Minneapolis 554 612", "Saint Paul 551 651", "Duluth 558 218"),
    MS(30, "Jackson 392 601", "Gulfport 395 228", "Hattiesburg 394 601"),
    MO(62, "Kansas City 641 816", "St. Louis 631 314", "Springfield 658 417"),
    MT(11, "Billings 591 406", "Missoula 598 406", "Helena 596 406"),
    NE(20, "Omaha 681 402", "Lincoln 685 402", "Grand Island 688 308"),
    NV(31, "Las Vegas 891 702", "Reno 895 775", "Henderson 890 702"),
    NH(14, "Manchester 031 603", "Nashua 030 603", "Concord 033 603"),
    NJ(93, "Newark 071 973", "Jersey City 073 201", "Trenton 086 609"),
    NM(21, "Albuquerque 871 505", "Santa Fe 875 505", "Las Cruces 880 575"),
    NY(202, "New York 100 212", "Buffalo 142 716", "Rochester 146 585", "Albany 122 518"),
    NC(104, "Charlotte 282 704", "Raleigh 276 919", "Greensboro 274 336"),
    ND(8, "Fargo 581 701", "Bismarck 585 701", "Grand Forks 582 701"),
    OH(118, "Columbus 432 614", "Cleveland 441 216", "Cincinnati 452 513"),
    OK(40, "Oklahoma City 731 405", "Tulsa 741 918", "Norman 730 405"),
    OR(42, "Portland 972 503", "Salem 973 503", "Eugene 974 541"),
    PA(130, "Philadelphia 191 215", "Pittsburgh 152 412", "Harrisburg 171 717"),
    RI(11, "Providence 029 401", "Warwick 028 401", "Cranston 029 401"),
    SC(51, "Columbia 292 803", "Charleston 294 843", "Greenville 296 864"),
    SD(9, "Sioux Falls 571 605", "Rapid City 577 605", "Aberdeen 574 605"),
    TN(69, "Nashville 372 615", "Memphis 381 901", "Knoxville 379 865"),
    TX(291, "Houston 770 713", "Dallas 752 214", "San Antonio 782 210", "Austin 787 512", "El Paso 799 915"),
    UT(33, "Salt Lake City 841 801", "Provo 846 801", "Ogden 844 801"),
    VT(6, "Burlington 054 802", "Montpelier 056 802", "Rutland 057 802"),
    VA(86, "Richmond 232 804", "Virginia Beach 234 757", "Norfolk 235 757"),
    WA(77, "Seattle 981 206", "Spokane 992 509", "Tacoma 984 253"),
    WV(18, "Charleston 253 304", "Huntington 257 304", "Morgantown 265 304"),
    WI(59, "Milwaukee 532 414", "Madison 537 608", "Green Bay 543 920"),
    WY(6, "Cheyenne 820 307", "Casper 826 307", "Laramie 820 307"),
    AS(1, "Pago Pago 967 684"),
    GU(2, "Hagatna 969 671", "Dededo 969 671", "Tamuning 969 671"),
    MP(1, "Saipan 969 670"),
    PR(33, "San Juan 009 787", "Bayamón 009 787", "Ponce 007 787"),
    VI(1, "Charlotte Amalie 008 340", "Christiansted 008 340");

    /** A city, with the first three digits of its ZIP codes and its main area code. */
    record City(String name, String zipPrefix, String areaCode) {
    }

    private static final Weighted<Jurisdiction> BY_POPULATION =
            Weighted.of(List.of(values()), jurisdiction -> jurisdiction.population);

    private final int population;
    private final List<City> cities;

    /**
     * @param population in hundreds of thousands
     * @param cities     each a name, then its three-digit ZIP prefix and its area code, separated by spaces
     */
    Jurisdiction(int population, String... cities) {
        this.population = population;
        this.cities = Arrays.stream(cities).map(Jurisdiction::city).toList();
    }

    private static City city(String description) {
        String[] words = description.split(" ");
        int last = words.length - 1;
        String name = String.join(" ", Arrays.asList(words).subList(0, last - 1));
        return new City(name, words[last - 1], words[last]);
    }

    /** @return a State or territory, each as likely as its share of the US population */
    static Jurisdiction byPopulation(RowRandom random) {
        return BY_POPULATION.pick(random);
    }

    /** @return one of its cities */
    City city(RowRandom random) {
        return random.pick(cities);
    }
}
