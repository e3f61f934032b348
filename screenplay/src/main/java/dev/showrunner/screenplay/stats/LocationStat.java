package dev.showrunner.screenplay.stats;

import dev.showrunner.screenplay.model.Setting;
import java.util.List;

/**
 * One location (a heading's location, compared in upper case), with how many scenes play there.
 *
 * @param settings the settings it is used with (INT, EXT, ...), in order of first use
 */
public record LocationStat(String name, int scenes, List<Setting> settings) {
    public LocationStat {
        settings = List.copyOf(settings);
    }
}
