package io.github.anthology.calc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.calc.CalcInputException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ChinchillaTest {
  @Test
  void chinchillasBudgetBuysChinchilla() {
    // Hoffmann et al. 2022: 70B parameters on 1.4T tokens, 6·N·D = 5.88e23 FLOPs.
    ComputePlan p = Chinchilla.forFlops(new BigInteger("588000000000000000000000"), 20);
    assertThat(p.parameters()).isEqualTo(70_000_000_000L);
    assertThat(p.tokens()).isEqualTo(1_400_000_000_000L);
    assertThat(p.flops()).isEqualTo(new BigInteger("588000000000000000000000"));
    assertThat(p.givenAs()).isEqualTo("flops");
  }

  @Test
  void aModelSizeGetsTwentyTokensAParameter() {
    ComputePlan p = Chinchilla.forParameters(6_738_415_616L, Chinchilla.TOKENS_PER_PARAMETER);
    assertThat(p.tokens()).isEqualTo(134_768_312_320L);
    assertThat(p.flops()).isEqualTo(BigInteger.valueOf(6).multiply(BigInteger.valueOf(6_738_415_616L))
        .multiply(BigInteger.valueOf(134_768_312_320L)));
  }

  @Test
  void tokensGetAModelATwentiethTheirNumber() {
    assertThat(Chinchilla.forTokens(2_000_000_000_000L, 20).parameters()).isEqualTo(100_000_000_000L);
    assertThat(Chinchilla.forTokens(1_000_000L, 40).parameters()).isEqualTo(25_000L);
  }

  @Test
  void nothingPositiveIsRejectedByName() {
    assertThatThrownBy(() -> Chinchilla.forParameters(0, 20))
        .isInstanceOfSatisfying(CalcInputException.class, e -> assertThat(e.field()).isEqualTo("params"));
    assertThatThrownBy(() -> Chinchilla.forFlops(BigInteger.valueOf(-1), 20))
        .isInstanceOfSatisfying(CalcInputException.class, e -> assertThat(e.field()).isEqualTo("flops"));
    assertThatThrownBy(() -> Chinchilla.forTokens(100, 0))
        .isInstanceOfSatisfying(CalcInputException.class, e -> assertThat(e.field()).isEqualTo("tokens_per_param"));
  }
}
