package ma.tadamon.platform.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

@Component
@org.springframework.core.annotation.Order(10)
@Conditional(DemoEnabledCondition.class)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private final List<DemoData> contributions;

    DemoDataLoader(List<DemoData> contributions) {
        this.contributions = contributions;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        contributions.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
        log.info(
                "Demo data loaded by {} modules in {} ms",
                contributions.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
