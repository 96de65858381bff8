package ma.tadamon.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.tadamon.registry.CreationRequest;
import ma.tadamon.registry.MemberRole;
import ma.tadamon.registry.NewFounder;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the creation procedure's steps (explicit forms: nothing else can be bound). */
final class CreationForms {

    private CreationForms() {}

    record NameForm(@Nullable String nameAr, @Nullable String nameFr) {
        static NameForm of(CreationRequest r) {
            return new NameForm(r.nameAr(), r.nameFr());
        }
    }

    record ActivityForm(
            @Nullable String object,
            @Nullable String valueChain,
            @Nullable Long communeId,
            @Nullable String address) {
        static ActivityForm of(CreationRequest r) {
            return new ActivityForm(r.object(), r.valueChain(), r.communeId(), r.address());
        }
    }

    record CapitalForm(
            @Nullable BigDecimal shareValue, @Nullable List<Integer> shares) {
        static CapitalForm of(CreationRequest r) {
            return new CapitalForm(
                    r.shareValue(),
                    r.founders().stream().map(CreationRequest.Founder::shares).toList());
        }
    }

    record StatutesForm(boolean accepted) {}

    record AssemblyForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate date,

            @Nullable String place) {
        static AssemblyForm of(CreationRequest r) {
            return new AssemblyForm(r.assemblyDate(), r.assemblyPlace());
        }
    }

    /** Founders as rows of a table; blank rows are offered to add more and ignored when saved. */
    static class FoundersForm {
        private List<FounderRow> founders = new ArrayList<>();

        public List<FounderRow> getFounders() {
            return founders;
        }

        public void setFounders(List<FounderRow> founders) {
            this.founders = founders;
        }

        static FoundersForm of(CreationRequest r, int minimumRows) {
            FoundersForm form = new FoundersForm();
            for (CreationRequest.Founder f : r.founders()) {
                FounderRow row = new FounderRow();
                row.setFullName(f.fullName());
                row.setGender(f.gender());
                row.setBirthYear(f.birthYear());
                row.setNationalId(f.nationalId());
                row.setPhone(f.phone());
                row.setEmail(f.email());
                row.setRole(f.role());
                row.setShares(f.shares());
                form.founders.add(row);
            }
            form.pad(minimumRows);
            return form;
        }

        void pad(int minimumRows) {
            int blanks = Math.max(2, minimumRows - founders.size());
            for (int i = 0; i < blanks; i++) {
                FounderRow blank = new FounderRow();
                blank.setRole(MemberRole.MEMBER); // not the first option of the list: only one president
                founders.add(blank);
            }
        }

        List<NewFounder> toFounders() {
            return founders.stream()
                    .map(f -> new NewFounder(
                            f.getFullName() == null ? "" : f.getFullName(),
                            f.getGender() == null ? "" : f.getGender(),
                            f.getBirthYear(),
                            f.getNationalId(),
                            f.getPhone(),
                            f.getEmail(),
                            f.getRole() == null ? MemberRole.MEMBER : f.getRole(),
                            f.getShares() == null ? 0 : f.getShares()))
                    .toList();
        }
    }

    static class FounderRow {
        private @Nullable String fullName;
        private @Nullable String gender;
        private @Nullable Integer birthYear;
        private @Nullable String nationalId;
        private @Nullable String phone;
        private @Nullable String email;
        private @Nullable MemberRole role;
        private @Nullable Integer shares;

        public @Nullable String getFullName() {
            return fullName;
        }

        public void setFullName(@Nullable String fullName) {
            this.fullName = fullName;
        }

        public @Nullable String getGender() {
            return gender;
        }

        public void setGender(@Nullable String gender) {
            this.gender = gender;
        }

        public @Nullable Integer getBirthYear() {
            return birthYear;
        }

        public void setBirthYear(@Nullable Integer birthYear) {
            this.birthYear = birthYear;
        }

        public @Nullable String getNationalId() {
            return nationalId;
        }

        public void setNationalId(@Nullable String nationalId) {
            this.nationalId = nationalId;
        }

        public @Nullable String getPhone() {
            return phone;
        }

        public void setPhone(@Nullable String phone) {
            this.phone = phone;
        }

        public @Nullable String getEmail() {
            return email;
        }

        public void setEmail(@Nullable String email) {
            this.email = email;
        }

        public @Nullable MemberRole getRole() {
            return role;
        }

        public void setRole(@Nullable MemberRole role) {
            this.role = role;
        }

        public @Nullable Integer getShares() {
            return shares;
        }

        public void setShares(@Nullable Integer shares) {
            this.shares = shares;
        }
    }
}
