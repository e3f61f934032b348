UPDATE notes SET contradicts = :other WHERE id = :id
