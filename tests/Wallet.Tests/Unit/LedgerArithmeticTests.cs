using CsCheck;

namespace Conversational.Wallet.Tests.Unit;

public sealed class LedgerArithmeticTests
{
    private static readonly Gen<long> AnyAmount = Gen.Long[1, WalletPolicy.MaxTransactionMinor];

    private static readonly Gen<int> AnyRate = Gen.Int[0, 10_000];

    [Theory]
    [InlineData(1_234, 100, 12)]
    [InlineData(1_234, 200, 25)]
    [InlineData(50, 100, 1)]
    [InlineData(49, 100, 0)]
    [InlineData(150, 100, 2)]
    [InlineData(25, 200, 1)]
    [InlineData(24, 200, 0)]
    [InlineData(1, 200, 0)]
    [InlineData(50_000, 200, 1_000)]
    [InlineData(450, 200, 9)]
    [InlineData(12_345, 0, 0)]
    [InlineData(12_345, 10_000, 12_345)]
    public void Fee_is_the_rate_of_the_amount_rounded_half_up_to_the_cent(long amount, int basisPoints, long fee) =>
        Assert.Equal(fee, LedgerArithmetic.Fee(amount, basisPoints));

    [Fact]
    public void Fee_of_any_amount_is_its_exact_share_rounded_half_up_and_net_plus_fee_is_the_amount() =>
        Gen.Select(AnyAmount, AnyRate).Sample((amount, rate) =>
        {
            var fee = LedgerArithmetic.Fee(amount, rate);
            var net = amount - fee;

            Assert.Equal((long)Math.Round(amount * (decimal)rate / 10_000m, MidpointRounding.AwayFromZero), fee);
            Assert.InRange(fee, 0, amount);
            Assert.Equal(amount, net + fee);
        }, iter: 20_000, print: t => $"{t.Item1} at {t.Item2} bp");

    [Theory]
    [InlineData(67, 3_333, 0, 1_000, 20)]
    [InlineData(67, 3_333, 1_000, 1_000, 20)]
    [InlineData(67, 3_333, 2_000, 1_332, 26)]
    [InlineData(67, 3_333, 3_332, 1, 1)]
    [InlineData(67, 3_333, 0, 3_333, 67)]
    [InlineData(1, 100, 0, 99, 0)]
    [InlineData(1, 100, 99, 1, 1)]
    [InlineData(0, 100, 0, 100, 0)]
    public void Fee_given_back_is_the_refunded_share_rounded_down(long fee, long paid, long before, long refund, long back) =>
        Assert.Equal(back, LedgerArithmetic.FeeGivenBack(fee, paid, before, refund));

    [Fact]
    public void Refunds_in_any_parts_give_back_at_most_the_pro_rata_fee_and_all_of_it_in_the_end() =>
        Gen.Select(AnyAmount, AnyRate, Gen.Int[1, 8], Gen.Int[0, int.MaxValue]).Sample((paid, rate, parts, seed) =>
        {
            var fee = LedgerArithmetic.Fee(paid, rate);
            var cuts = RandomCuts(paid, parts, new Random(seed));
            long refunded = 0, givenBack = 0;
            foreach (var refund in cuts)
            {
                var back = LedgerArithmetic.FeeGivenBack(fee, paid, refunded, refund);
                refunded += refund;
                givenBack += back;

                Assert.InRange(back, 0, refund);
                Assert.True(givenBack * (decimal)paid <= fee * (decimal)refunded, $"{givenBack} back after {refunded} of {paid} (fee {fee})");
            }
            Assert.Equal(fee, givenBack);
        }, iter: 5_000, print: t => $"paid {t.Item1} at {t.Item2} bp in {t.Item3} parts (seed {t.Item4})");

    [Fact]
    public void Day_and_month_are_calendar_days_and_months_in_utc()
    {
        var lastMinute = new DateTimeOffset(2030, 1, 31, 23, 59, 0, TimeSpan.Zero);
        var nextMinute = lastMinute.AddMinutes(1);
        var sameMomentInParis = new DateTimeOffset(2030, 2, 1, 0, 59, 0, TimeSpan.FromHours(1));

        Assert.Equal(LedgerArithmetic.Day(lastMinute) + 1, LedgerArithmetic.Day(nextMinute));
        Assert.Equal(LedgerArithmetic.Month(lastMinute) + 1, LedgerArithmetic.Month(nextMinute));
        Assert.Equal(LedgerArithmetic.Day(lastMinute), LedgerArithmetic.Day(sameMomentInParis));
        Assert.Equal(LedgerArithmetic.Month(lastMinute), LedgerArithmetic.Month(sameMomentInParis));
        Assert.Equal(2030 * 12, LedgerArithmetic.Month(lastMinute));
        Assert.Equal(LedgerArithmetic.Month(new DateTimeOffset(2030, 12, 31, 0, 0, 0, TimeSpan.Zero)) + 1,
            LedgerArithmetic.Month(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    /// <summary><paramref name="total"/> cut into up to <paramref name="parts"/> positive pieces.</summary>
    private static List<long> RandomCuts(long total, int parts, Random random)
    {
        var marks = Enumerable.Range(0, parts - 1).Select(_ => 1 + random.NextInt64(total)).Append(0).Append(total).Distinct().Order().ToList();
        return [.. marks.Zip(marks.Skip(1), (a, b) => b - a).Where(cut => cut > 0)];
    }
}
