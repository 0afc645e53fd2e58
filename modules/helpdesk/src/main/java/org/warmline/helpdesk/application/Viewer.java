package org.warmline.helpdesk.application;

/**
 * The signed-in member of staff a helpdesk call is made for: what they may see is decided from this
 * on the server, for every read and write.
 *
 * @param username   staff user name
 * @param centreCode their help centre
 * @param seesAll    supervisors and admins see every centre
 */
public record Viewer(String username, String centreCode, boolean seesAll) {

    /** @param centre a ticket's centre @return whether this viewer may read and change it */
    public boolean maySee(String centre) {
        return seesAll || centreCode.equals(centre);
    }
}
