package ma.tadamon.platform.demo;

import ma.tadamon.platform.database.NoDatasourceUrlCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data are on when {@code tadamon.demo.enabled=true}, off when it is false, and otherwise on
 * exactly when the embedded database is in use — so production (an external server) starts empty.
 */
public class DemoEnabledCondition extends NoDatasourceUrlCondition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String explicit = context.getEnvironment().getProperty("tadamon.demo.enabled");
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        return super.matches(context, metadata);
    }
}
