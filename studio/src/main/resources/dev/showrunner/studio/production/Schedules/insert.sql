INSERT INTO schedules (episode_id, number, name, draft_number, files_version, eighths, start_date,
                       minutes_per_day, move_cost, day_cost, board, locks, days, cost, lower_bound,
                       author_id, created_at)
VALUES (:episode, :number, :name, :draft, :files, :eighths, :start,
        :minutes, :move, :day, :board, :locks, :days, :cost, :bound,
        :author, :now)
