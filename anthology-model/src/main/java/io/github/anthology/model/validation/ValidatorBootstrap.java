package io.github.anthology.model.validation;

import io.github.anthology.model.ImmutablePaper;
import io.github.anthology.model.ImmutableRecommendation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Builds the one validator of the model, once, and possibly ahead of time on its own thread.
 *
 * <p>The bootstrap costs a quarter of a second on a cold JVM, most of it in Hibernate Validator
 * registering every built-in constraint and reading the beans' metadata. The predefined scope
 * does that work only for the model's beans and the constraints they use ({@link #CONSTRAINTS}),
 * all at bootstrap; the messages need no Expression Language, and there is no
 * {@code validation.xml} to look for nor JPA to ask which properties are loaded.
 */
final class ValidatorBootstrap {
  /** The beans that are validated: those of {@link ModelValidator#validate}. */
  static final Set<Class<?>> BEANS = Set.of(ImmutablePaper.class, ImmutableRecommendation.class);

  /** Every constraint annotation on the model; a test checks that none is missing. */
  static final Set<Class<?>> CONSTRAINTS =
      Set.of(NotBlank.class, NotNull.class, Min.class, Max.class, Pattern.class);

  /** Held so the level sticks: Hibernate Validator announces its version at INFO on stderr. */
  private static final Logger QUIET = quiet();

  private static final FutureTask<Validator> BUILD = new FutureTask<>(ValidatorBootstrap::build);
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private ValidatorBootstrap() {}

  /** Starts the bootstrap on a daemon thread, unless it has started already. */
  static void startInBackground() {
    if (STARTED.getAndSet(true)) {
      return;
    }
    Thread thread = new Thread(BUILD, "model-validator-bootstrap");
    thread.setDaemon(true);
    thread.start();
  }

  /** The validator: built here if no thread has started it, else waited for. */
  static Validator validator() {
    BUILD.run();
    try {
      return BUILD.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the model validator could not be built", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the model validator was built", e);
    }
  }

  private static Validator build() {
    return Validation.byProvider(PredefinedScopeHibernateValidator.class)
        .configure()
        .ignoreXmlConfiguration()
        .traversableResolver(new EveryPropertyReachable())
        .builtinConstraints(names(CONSTRAINTS))
        .initializeBeanMetaData(BEANS)
        .getterPropertySelectionStrategy(new AccessorSelection())
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  private static Set<String> names(Set<Class<?>> types) {
    return Set.copyOf(types.stream().map(Class::getName).toList());
  }

  private static Logger quiet() {
    Logger logger = Logger.getLogger("org.hibernate.validator");
    logger.setLevel(Level.WARNING);
    return logger;
  }
}
