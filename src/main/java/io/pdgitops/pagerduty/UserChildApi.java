package io.pdgitops.pagerduty;

import java.util.List;

/**
 * One user's contact methods, notification rules or hand-off notification rules: {@code /users/{id}/<collection>}.
 * PagerDuty answers the list unpaged.
 *
 * @param <T> the wire record, used for reads and writes alike
 */
public final class UserChildApi<T> {

    /** Where a kind of per-user object lives and how it is wrapped. */
    record Collection<T>(String path, String singular, String plural, Class<T> type) {
    }

    private final Entities entities;
    private final String userId;
    private final Collection<T> collection;

    UserChildApi(Entities entities, String userId, Collection<T> collection) {
        this.entities = entities;
        this.userId = userId;
        this.collection = collection;
    }

    public List<T> list() {
        return entities.getList(ApiPath.of("/users/{id}/" + collection.path(), userId), Query.none(),
                collection.plural(), collection.type());
    }

    public T get(String id) {
        return entities.get(one(id), Query.none(), collection.singular(), collection.type());
    }

    /**
     * Never repeated after a 5xx or timeout, since PagerDuty may have made it: the caller reads {@link #list()} and
     * adopts what it finds before trying again.
     */
    public T create(T body) {
        return entities.create(ApiPath.of("/users/{id}/" + collection.path(), userId), Query.none(),
                collection.singular(), body, collection.type());
    }

    public T update(String id, T changes) {
        return entities.update(one(id), Query.none(), collection.singular(), changes, collection.type());
    }

    public void delete(String id) {
        entities.delete(one(id), Query.none());
    }

    private ApiPath one(String id) {
        return ApiPath.of("/users/{id}/" + collection.path() + "/{child}", userId, id);
    }
}
