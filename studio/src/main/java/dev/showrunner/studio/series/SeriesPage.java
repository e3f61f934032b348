package dev.showrunner.studio.series;

import dev.showrunner.studio.web.Chrome;
import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Season;
import dev.showrunner.studio.series.Series;
import java.util.List;

/** A series: its seasons and episodes, and its members. */
public record SeriesPage(Chrome chrome, Series series, Role role, List<SeasonView> seasons, List<Access.Member> members,
        List<Role> roles) {

    /** A season with its episodes in order. */
    public record SeasonView(Season season, List<Episode> episodes) {}

    public boolean canWrite() {
        return role.writes();
    }

    public boolean owns() {
        return role.owns();
    }
}
