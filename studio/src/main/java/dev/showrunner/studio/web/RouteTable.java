package dev.showrunner.studio.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's routes as they are registered, kept in order as "METHOD /path", so the route
 * table can be checked against the API's description ({@code /api/openapi.json}).
 */
final class RouteTable {

    private final RoutesConfig routes;
    private final List<String> registered = new ArrayList<>();

    RouteTable(RoutesConfig routes) {
        this.routes = routes;
    }

    void get(String path, Handler handler) {
        routes.get(path, handler);
        registered.add("GET " + path);
    }

    void post(String path, Handler handler) {
        routes.post(path, handler);
        registered.add("POST " + path);
    }

    void put(String path, Handler handler) {
        routes.put(path, handler);
        registered.add("PUT " + path);
    }

    void patch(String path, Handler handler) {
        routes.patch(path, handler);
        registered.add("PATCH " + path);
    }

    void delete(String path, Handler handler) {
        routes.delete(path, handler);
        registered.add("DELETE " + path);
    }

    List<String> registered() {
        return List.copyOf(registered);
    }
}
