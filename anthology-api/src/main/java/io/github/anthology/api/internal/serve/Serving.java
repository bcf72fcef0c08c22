package io.github.anthology.api.internal.serve;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.Preview;
import io.github.anthology.api.internal.Session;
import io.github.anthology.api.internal.build.Building;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A live preview of a workspace's build: its inputs and templates watched, its output served. */
public final class Serving {
  private final Session session;

  /**
   * @param session the workspace's session
   */
  public Serving(Session session) {
    this.session = session;
  }

  /**
   * @param options the output directory, templates and the rest of the build
   * @param port the port on 127.0.0.1; 0 takes a free one
   * @param log where each build's outcome goes
   * @return the running preview; each build chooses the configuration again, so edits to it show too
   * @throws AnthologyException when the configuration or an input cannot be used, the first build fails, or the port is taken
   */
  public Preview serve(BuildOptions options, int port, Consumer<String> log) throws AnthologyException {
    List<Path> watched = new ArrayList<>(session.selection().paths());
    options.templates().map(session.options()::resolve).ifPresent(watched::add);
    return LivePreview.start(n -> new Building(session.with(session.options())).artifacts(options, Optional.of(n),
        error -> log.accept(error.message())), watched,
        session.options().resolve(options.out()), port, log);
  }
}
