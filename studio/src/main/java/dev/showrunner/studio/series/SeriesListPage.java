package dev.showrunner.studio.series;

import dev.showrunner.studio.web.Chrome;
import dev.showrunner.studio.series.Series;
import java.util.List;

/** The series the user is a member of. */
public record SeriesListPage(Chrome chrome, List<Series> series, boolean showArchived) {}
