package ma.tadamon.identity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.platform.PhoneNumber;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their grants: creation, invitation, roles, enabling. Every write is audited. */
@Service
@Transactional
public class Accounts {

    static final RowMapper<Account> ROWS = (rs, row) -> new Account(
            rs.getObject("id", UUID.class),
            rs.getString("email"),
            rs.getString("phone"),
            rs.getString("display_name"),
            rs.getString("locale"),
            rs.getBoolean("enabled"),
            rs.getString("password_hash") != null,
            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            Optional.ofNullable(rs.getObject("last_login_at", OffsetDateTime.class))
                    .map(OffsetDateTime::toInstant)
                    .orElse(null));

    static final RowMapper<Grant> GRANTS = (rs, row) ->
            new Grant(rs.getLong("id"), rs.getString("role_code"), rs.getObject("party_id", UUID.class), (Long)
                    rs.getObject("territory_id"));

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PasswordSetting passwords;

    Accounts(JdbcClient jdbc, AuditLog audit, PasswordSetting passwords) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.passwords = passwords;
    }

    /** Creates the account with its first grant and sends an invitation to choose a password. */
    public UUID invite(NewAccount form, String baseUrl) {
        UUID id = create(form, null);
        passwords.sendInvitation(id, baseUrl);
        return id;
    }

    /**
     * A person opens her own account (a founder, a project holder): no role yet; roles come with
     * what she does (her cooperative once registered) or from an admin.
     */
    public UUID signUp(String displayName, String identifier, String passwordHash, String locale) {
        AccountIdentifier parsed;
        try {
            parsed = AccountIdentifier.parse(identifier);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("identifier", "validation.identifier");
        }
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidRequestException("displayName", "validation.displayName");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into identity_account (id, email, phone, display_name, password_hash, locale, created_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            parsed.email(),
                            parsed.phone() == null ? null : parsed.phone().e164(),
                            name,
                            passwordHash,
                            List.of("ar", "fr", "en").contains(locale) ? locale : "ar",
                            now())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException("identifier", "validation.account.exists");
        }
        audit.record("SIGN_UP", "account", id, null, snapshot(id));
        return id;
    }

    /** Creates an account; with a password hash it can sign in at once (demo data, tests). */
    public UUID create(NewAccount form, @Nullable String passwordHash) {
        String displayName = form.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > 120) {
            throw new InvalidRequestException("displayName", "validation.displayName");
        }
        String email = blank(form.email()) ? null : parse("email", () -> AccountIdentifier.email(form.email()));
        PhoneNumber phone = blank(form.phone()) ? null : parse("phone", () -> AccountIdentifier.mobile(form.phone()));
        if (email == null && phone == null) {
            throw new InvalidRequestException("email", "validation.contact.required");
        }
        if (!List.of("ar", "fr", "en").contains(form.locale())) {
            throw new InvalidRequestException("locale", "validation.locale");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into identity_account (id, email, phone, display_name, password_hash, locale, created_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            email,
                            phone == null ? null : phone.e164(),
                            displayName,
                            passwordHash,
                            form.locale(),
                            now())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException(email != null ? "email" : "phone", "validation.account.exists");
        }
        audit.record("CREATE", "account", id, null, snapshot(id));
        grant(id, form.role(), form.partyId(), form.territoryId());
        return id;
    }

    public Grant grant(UUID accountId, String role, @Nullable UUID partyId, @Nullable Long territoryId) {
        RoleDefinition definition =
                role(role).orElseThrow(() -> new InvalidRequestException("role", "validation.role.unknown", role));
        if (definition.partyScoped() && partyId == null) {
            throw new InvalidRequestException("partyId", "validation.role.needsParty");
        }
        if (!definition.partyScoped()) {
            partyId = null;
        }
        if (!definition.territoryScoped()) {
            territoryId = null;
        }
        try {
            Grant grant = jdbc.sql("""
                            insert into identity_grant (account_id, role_code, party_id, territory_id, granted_at, granted_by)
                            values (?, ?, ?, ?, ?, ?) returning *""")
                    .params(accountId, role, partyId, territoryId, now(), currentAccount())
                    .query(GRANTS)
                    .single();
            audit.record("GRANT", "account", accountId, null, grant);
            return grant;
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException("role", "validation.grant.exists");
        }
    }

    public void revoke(UUID accountId, long grantId) {
        Grant grant = jdbc.sql("delete from identity_grant where id = ? and account_id = ? returning *")
                .params(grantId, accountId)
                .query(GRANTS)
                .optional()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        audit.record("REVOKE", "account", accountId, grant, null);
    }

    public void setEnabled(UUID accountId, boolean enabled) {
        Map<String, Object> before = snapshot(accountId);
        jdbc.sql("update identity_account set enabled = ? where id = ?")
                .params(enabled, accountId)
                .update();
        audit.record(enabled ? "ENABLE" : "DISABLE", "account", accountId, before, snapshot(accountId));
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(UUID id) {
        return jdbc.sql("select * from identity_account where id = ?")
                .param(id)
                .query(ROWS)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByIdentifier(AccountIdentifier identifier) {
        return jdbc.sql("select * from identity_account where email = ? or phone = ?")
                .params(
                        identifier.email(),
                        identifier.phone() == null ? null : identifier.phone().e164())
                .query(ROWS)
                .optional();
    }

    /** The enabled accounts granted this role on this party (e.g. a cooperative's managers, to notify them). */
    @Transactional(readOnly = true)
    public List<Account> holdersOf(UUID partyId, String role) {
        return jdbc.sql("""
                        select a.* from identity_account a
                        where a.enabled and exists (
                          select 1 from identity_grant g where g.account_id = a.id and g.party_id = ? and g.role_code = ?)
                        order by a.created_at""").params(partyId, role).query(ROWS).list();
    }

    @Transactional(readOnly = true)
    public List<Grant> grants(UUID accountId) {
        return jdbc.sql("select * from identity_grant where account_id = ? order by id")
                .param(accountId)
                .query(GRANTS)
                .list();
    }

    @Transactional(readOnly = true)
    public List<RoleDefinition> roles() {
        return jdbc.sql("select code, scope from identity_role order by sort_order")
                .query(RoleDefinition.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<RoleDefinition> role(String code) {
        return jdbc.sql("select code, scope from identity_role where code = ?")
                .param(code)
                .query(RoleDefinition.class)
                .optional();
    }

    /** Accounts whose name, e-mail or phone contains the text, newest first. */
    @Transactional(readOnly = true)
    public PageResult<Account> search(@Nullable String text, int page, int size) {
        String where = " where not synthetic";
        List<Object> params = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            where += " and (display_name ilike ? or email ilike ? or phone like ?)";
            String like = "%" + text.trim().replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like));
        }
        long total = jdbc.sql("select count(*) from identity_account" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Account> items = jdbc.sql(
                        "select * from identity_account" + where + " order by created_at desc, id limit ? offset ?")
                .params(pageParams)
                .query(ROWS)
                .list();
        return new PageResult<>(items, page, size, total);
    }

    private Map<String, Object> snapshot(UUID id) {
        Account account = find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("email", account.email());
        state.put("phone", account.phone());
        state.put("displayName", account.displayName());
        state.put("locale", account.locale());
        state.put("enabled", account.enabled());
        return state;
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "validation." + field);
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static @Nullable UUID currentAccount() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.accountId()
                : null;
    }
}
