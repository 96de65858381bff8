/**
 * The shared kernel every module may use: how the application reaches its database (an embedded
 * PostgreSQL when no server is configured), background jobs with progress, notifications, and the
 * extension points through which each module contributes demo and synthetic data, table downloads
 * ({@code export}: CSV, XLSX, JSON), server-side SVG charts ({@code charts}) and PDFs ({@code pdf}).
 * It depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package ma.tadamon.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
