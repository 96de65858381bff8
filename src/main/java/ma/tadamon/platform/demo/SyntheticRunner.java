package ma.tadamon.platform.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --tadamon.synthetic.scale=N [--tadamon.synthetic.seed=S] [--tadamon.synthetic.exit=true]}
 * generates a synthetic dataset at start-up (after the demo data), then optionally exits.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "tadamon.synthetic.scale")
class SyntheticRunner implements ApplicationRunner {

    private final SyntheticGenerator generator;
    private final ConfigurableApplicationContext context;
    private final long seed;
    private final int scale;
    private final boolean exit;
    private final org.springframework.context.ApplicationEventPublisher events;

    SyntheticRunner(
            SyntheticGenerator generator,
            ConfigurableApplicationContext context,
            @Value("${tadamon.synthetic.seed:42}") long seed,
            @Value("${tadamon.synthetic.scale}") int scale,
            @Value("${tadamon.synthetic.exit:false}") boolean exit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.generator = generator;
        this.context = context;
        this.seed = seed;
        this.scale = scale;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generator.generate(seed, scale);
        events.publishEvent(new SyntheticDataGenerated(seed, scale));
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
