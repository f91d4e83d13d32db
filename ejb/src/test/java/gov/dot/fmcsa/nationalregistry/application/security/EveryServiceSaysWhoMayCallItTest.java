package gov.dot.fmcsa.nationalregistry.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every EJB of the module says who may call it, on the class or on each of its public methods:
 * {@code @RolesAllowed}, {@code @PermitAll} (with the reason beside it) or {@code @DenyAll}.
 * WildFly denies a method without one in a bean that has any ({@code
 * default-missing-method-permissions-deny-access}), but lets every caller into a bean that has
 * none: a new service would otherwise be open to anyone, anonymous included, unnoticed.
 */
class EveryServiceSaysWhoMayCallItTest {

    private static final List<Class<? extends Annotation>> BEANS = List.of(Stateless.class, Singleton.class,
            Stateful.class);
    private static final List<Class<? extends Annotation>> PERMISSIONS = List.of(RolesAllowed.class,
            PermitAll.class, DenyAll.class);

    @Test
    void everyBeanDeclaresItsCallers() throws Exception {
        List<Class<?>> beans = classesOfTheModule().filter(type -> BEANS.stream().anyMatch(type::isAnnotationPresent))
                .toList();

        assertThat(beans).as("the module's EJBs").hasSizeGreaterThan(30).contains(AuditLog.class);
        assertThat(beans).as("EJBs with a public method nobody said who may call")
                .filteredOn(EveryServiceSaysWhoMayCallItTest::hasUndeclaredMethod).isEmpty();
    }

    private static boolean hasUndeclaredMethod(Class<?> bean) {
        if (declaresPermission(bean)) {
            return false;
        }
        return Arrays.stream(bean.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .anyMatch(method -> !declaresPermission(method));
    }

    private static boolean declaresPermission(AnnotatedElement element) {
        return PERMISSIONS.stream().anyMatch(element::isAnnotationPresent);
    }

    private static Stream<Class<?>> classesOfTheModule() throws URISyntaxException, IOException {
        Path root = Path.of(AuditLog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(EveryServiceSaysWhoMayCallItTest::load)
                    .toList().stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EveryServiceSaysWhoMayCallItTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
