package ma.tadamon.identity.internal;

import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.identity.AccountIdentifier;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.NewAccount;
import ma.tadamon.identity.Roles;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.demo.DemoData;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One demo account per role, all with the demo password (listed in the README). */
@Component
class IdentityDemoData implements DemoData {

    private final Accounts accounts;
    private final Territories territories;
    private final PasswordEncoder encoder;
    private final String password;

    IdentityDemoData(
            Accounts accounts,
            Territories territories,
            PasswordEncoder encoder,
            @Value("${tadamon.demo.password:tadamon-demo}") String password) {
        this.accounts = accounts;
        this.territories = territories;
        this.encoder = encoder;
        this.password = password;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional
    public void load() {
        if (accounts.findByIdentifier(AccountIdentifier.parse("admin@tadamon.ma"))
                .isPresent()) {
            return;
        }
        String hash = encoder.encode(password); // hashed once: bcrypt is slow on purpose
        Long soussMassa = territories.byCode("09").orElseThrow().id();
        Long guelmim = territories.byCode("10").orElseThrow().id();
        add("Admin Tadamon", "admin@tadamon.ma", null, "fr", Roles.ADMIN, null, null, hash);
        add("مسجل السجل", "registrar@tadamon.ma", null, "ar", Roles.REGISTRAR, null, guelmim, hash);
        add(
                "فاطمة أيت باها",
                "manager@tadamon.ma",
                "0661000001",
                "ar",
                Roles.COOP_MANAGER,
                DemoPartyIds.COOP_TIFAWIN,
                null,
                hash);
        add(
                "عائشة أمزيل",
                "member@tadamon.ma",
                "0661000002",
                "ar",
                Roles.MEMBER,
                DemoPartyIds.COOP_TIFAWIN,
                null,
                hash);
        add("Youssef Organisateur", "organiser@tadamon.ma", null, "fr", Roles.ORGANISER, null, soussMassa, hash);
        add(
                "Khadija Chargée de programme",
                "officer@tadamon.ma",
                null,
                "fr",
                Roles.PROGRAMME_OFFICER,
                DemoPartyIds.AGENCE_DU_SUD,
                null,
                hash);
        add(
                "Omar Acheteur public",
                "buyer@tadamon.ma",
                null,
                "fr",
                Roles.PUBLIC_BUYER,
                DemoPartyIds.COMMUNE_AGADIR,
                null,
                hash);
        add("Analyst Observatory", "analyst@tadamon.ma", null, "en", Roles.ANALYST, null, null, hash);
    }

    private void add(
            String name,
            String email,
            @Nullable String phone,
            String locale,
            String role,
            @Nullable UUID party,
            @Nullable Long territory,
            String hash) {
        accounts.create(new NewAccount(name, email, phone, locale, role, party, territory), hash);
    }
}
