package ma.tadamon.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.Governance;
import ma.tadamon.registry.Member;
import ma.tadamon.registry.MemberRole;
import ma.tadamon.registry.Members;
import ma.tadamon.registry.NewActor;
import ma.tadamon.registry.NewMember;
import ma.tadamon.registry.RegistryAccess;
import ma.tadamon.registry.ShareRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's API for those who keep it: registrars register actors; an actor's managers and
 * registrars read and change its members, record, share register and assemblies. Every call is
 * checked against {@link RegistryAccess}; members' personal data never leaves this scope.
 */
@RestController
@Tag(
        name = "Registry management",
        description = "Actors' records, members, shares and governance (managers and registrars)")
class RegistryWriteApi {

    private final Actors actors;
    private final Members members;
    private final ShareRegister shares;
    private final Governance governance;
    private final RegistryAccess access;

    RegistryWriteApi(
            Actors actors, Members members, ShareRegister shares, Governance governance, RegistryAccess access) {
        this.actors = actors;
        this.members = members;
        this.shares = shares;
        this.governance = governance;
        this.access = access;
    }

    @PostMapping("/api/v1/actors")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "registerActor",
            summary = "Register an actor (registrars)",
            description =
                    "For actors that already exist outside the platform; new cooperatives go through creation requests.")
    Map<String, Object> register(@RequestBody NewActor input) {
        access.requireRegistrar();
        Actors.Registration registration = actors.register(input);
        return Map.of("id", registration.id(), "warnings", registration.warnings());
    }

    @PatchMapping("/api/v1/actors/{id}")
    @Operation(operationId = "updateActor", summary = "Change an actor's record (its managers, registrars)")
    Map<String, Object> update(
            @PathVariable @Parameter(description = "The actor's id") UUID id, @RequestBody Actors.Details details) {
        access.requireManage(id);
        return Map.of("warnings", actors.update(id, details));
    }

    @GetMapping("/api/v1/actors/{id}/members")
    @Operation(
            operationId = "listMembers",
            summary = "Current members with personal data (its managers, registrars)",
            description = "Each call is logged (Law 09-08).")
    List<Member> members(@PathVariable @Parameter(description = "The actor's id") UUID id) {
        access.requireManage(id);
        return members.current(id);
    }

    @PostMapping("/api/v1/actors/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addMember", summary = "Add a member (its managers, registrars)")
    Map<String, UUID> addMember(
            @PathVariable @Parameter(description = "The actor's id") UUID id, @RequestBody MemberInput input) {
        access.requireManage(id);
        return Map.of(
                "id",
                members.add(
                        id,
                        new NewMember(
                                input.fullName(),
                                input.gender(),
                                input.birthYear(),
                                input.nationalId(),
                                input.phone(),
                                input.role() == null ? MemberRole.MEMBER : input.role(),
                                input.joinedOn() == null ? LocalDate.now() : input.joinedOn(),
                                input.consentPurpose())));
    }

    @PostMapping("/api/v1/actors/{id}/members/{memberId}/leave")
    @Operation(operationId = "memberLeaves", summary = "A member leaves (its managers, registrars)")
    void leave(
            @PathVariable @Parameter(description = "The actor's id") UUID id,
            @PathVariable @Parameter(description = "The member's id") UUID memberId,
            @RequestBody(required = false) @Nullable LeaveInput input) {
        access.requireManage(id);
        members.leave(id, memberId, input == null || input.on() == null ? LocalDate.now() : input.on());
    }

    @GetMapping("/api/v1/actors/{id}/shares")
    @Operation(operationId = "listShareHoldings", summary = "Shares held by each member (its managers, registrars)")
    List<ShareRegister.Holding> holdings(@PathVariable @Parameter(description = "The actor's id") UUID id) {
        access.requireManage(id);
        return shares.holdings(id);
    }

    @GetMapping("/api/v1/actors/{id}/assemblies")
    @Operation(operationId = "listAssemblies", summary = "General assemblies (its managers, registrars)")
    List<Governance.Assembly> assemblies(@PathVariable @Parameter(description = "The actor's id") UUID id) {
        access.requireManage(id);
        actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound"));
        return governance.assemblies(id);
    }

    @PostMapping("/api/v1/actors/{id}/assemblies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordAssembly", summary = "Record a general assembly (its managers, registrars)")
    Map<String, UUID> recordAssembly(
            @PathVariable @Parameter(description = "The actor's id") UUID id, @RequestBody AssemblyInput input) {
        access.requireManage(id);
        return Map.of(
                "id",
                governance.recordAssembly(
                        id,
                        input.kind(),
                        input.heldOn(),
                        input.fiscalYear(),
                        input.membersPresent(),
                        input.decisions(),
                        null,
                        null));
    }

    @Schema(name = "MemberInput")
    record MemberInput(
            String fullName,
            String gender,
            @Nullable Integer birthYear,
            @Nullable String nationalId,
            @Nullable String phone,
            @Nullable MemberRole role,
            @Nullable LocalDate joinedOn,
            String consentPurpose) {}

    @Schema(name = "LeaveInput")
    record LeaveInput(@Nullable LocalDate on) {}

    @Schema(name = "AssemblyInput")
    record AssemblyInput(
            String kind,
            LocalDate heldOn,
            @Nullable Integer fiscalYear,
            int membersPresent,
            @Nullable String decisions) {}
}
