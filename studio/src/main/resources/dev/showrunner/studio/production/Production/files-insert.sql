INSERT INTO production_files (episode_id, version, cast_list, elements, places, cast_costs,
                              unavailable, rules, timings, author_id, created_at)
VALUES (:episode, :version, :cast, :elements, :places, :costs,
        :unavailable, :rules, :timings, :author, :now)
