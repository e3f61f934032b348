package dev.showrunner.studio.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Category;
import dev.showrunner.planning.breakdown.Sheet;
import dev.showrunner.planning.schedule.ShootingSchedule;
import java.util.List;
import java.util.Locale;

/** Breakdowns and shooting schedules as JSON, one shape for the command line and the studio's API. */
public final class PlanningJson {

    private PlanningJson() {}

    /** One object per breakdown sheet, in script order. */
    public static ArrayNode sheets(ObjectMapper mapper, Breakdown breakdown) {
        ArrayNode sheets = mapper.createArrayNode();
        for (Sheet s : breakdown.sheets()) {
            ObjectNode o = sheets.addObject();
            o.put("index", s.index());
            o.put("number", s.displayNumber());
            o.put("heading", s.heading());
            o.put("int_ext", s.setting().name().toLowerCase(Locale.ROOT));
            o.put("set", s.set());
            o.put("time_of_day", s.timeOfDay());
            o.put("light", s.light().name().toLowerCase(Locale.ROOT));
            if (s.eighths() == null) {
                o.putNull("eighths");
            } else {
                o.put("eighths", s.eighths());
            }
            o.put("pages", s.pages());
            s.speakingCast().forEach(o.putArray("speaking_cast")::add);
            s.nonSpeakingCast().forEach(o.putArray("non_speaking_cast")::add);
            s.voiceOver().forEach(o.putArray("voice_over")::add);
            ObjectNode elements = o.putObject("elements");
            for (Category c : Category.values()) {
                List<String> items = s.elements().getOrDefault(c, List.of());
                items.forEach(elements.putArray(c.name().toLowerCase(Locale.ROOT))::add);
            }
            o.put("line", s.line());
        }
        return sheets;
    }

    /**
     * A schedule: its days (date, eighths, scene numbers in shooting order), what it costs
     * beside its lower bound, the rules it breaks, and its board (each scene's day in script
     * order) for asking for the same schedule's reports again.
     */
    public static ObjectNode schedule(ObjectMapper mapper, ShootingSchedule schedule, Breakdown breakdown) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode days = o.putArray("days");
        for (ShootingSchedule.Day day : schedule.days()) {
            ObjectNode d = days.addObject();
            d.put("number", day.number());
            d.put("date", day.date().toString());
            d.put("eighths", day.eighths());
            day.scenes().forEach(s -> d.withArray("scenes").add(s.displayNumber()));
        }
        o.put("cast_cost", schedule.castCost());
        o.put("company_moves", schedule.companyMoves());
        o.put("cost", schedule.cost());
        o.put("lower_bound", schedule.lowerBound());
        ArrayNode conflicts = o.putArray("conflicts");
        schedule.conflicts().forEach(c -> conflicts.add(c.toString()));
        o.put("board", schedule.board(breakdown.sheets()));
        return o;
    }
}
