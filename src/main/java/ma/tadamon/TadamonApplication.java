package ma.tadamon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TadamonApplication {
    public static void main(String[] args) {
        SpringApplication.run(TadamonApplication.class, args);
    }
}
