package ma.tadamon.registry;

/** A member's place in the actor; the first four and BOARD_MEMBER sit on the board. */
public enum MemberRole {
    PRESIDENT,
    VICE_PRESIDENT,
    TREASURER,
    SECRETARY,
    BOARD_MEMBER,
    MEMBER,
    EMPLOYEE;

    public boolean onBoard() {
        return this != MEMBER && this != EMPLOYEE;
    }
}
