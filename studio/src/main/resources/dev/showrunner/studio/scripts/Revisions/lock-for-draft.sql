-- the lock as it stood when a draft was written: the latest issue from that draft or an earlier one
SELECT level, lock_json
  FROM revisions
 WHERE episode_id = :episode AND draft_number <= :draft
 ORDER BY level DESC
 LIMIT 1
