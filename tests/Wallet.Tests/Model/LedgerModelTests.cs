using System.Diagnostics;
using System.Globalization;
using Conversational.Wallet.Tests.Support;

namespace Conversational.Wallet.Tests.Model;

/// <summary>
/// Model-based randomized test (reliability.md §5, scenario 6): thousands of seeded random operations on a store and
/// on <see cref="LedgerModel"/>, compared after every one. The seed is new each run and printed; set
/// <c>WALLET_MODEL_SEED</c> to replay one, and <c>WALLET_MODEL_OPERATIONS</c> to run longer.
/// </summary>
public abstract class LedgerModelTests
{
    public const string SeedVariable = "WALLET_MODEL_SEED";
    public const string OperationsVariable = "WALLET_MODEL_OPERATIONS";

    /// <summary>Late January, so the first days of the run cross a month's end.</summary>
    private static readonly DateTimeOffset Start = new(2030, 1, 27, 21, 0, 0, TimeSpan.Zero);

    /// <summary>How many operations a run makes unless <see cref="OperationsVariable"/> says otherwise.</summary>
    protected abstract int Operations { get; }

    protected abstract Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time);

    [Fact]
    public async Task Store_gives_the_models_answers_and_balances_after_every_random_operation()
    {
        var seed = FromEnvironment(SeedVariable) ?? Random.Shared.Next();
        var operations = FromEnvironment(OperationsVariable) ?? Operations;
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{SeedVariable}={seed}, {operations} operations");
        var time = new ManualTimeProvider(Start);
        var run = new ModelRun(await CreateStoreAsync(WalletPolicy.Default, time), time, TestContext.Current.CancellationToken);
        await run.OpenAccountsAsync();
        var clock = Stopwatch.StartNew();

        await run.RunAsync(seed, operations);

        output?.WriteLine($"{operations} operations in {clock.Elapsed.TotalSeconds:F1} s, clock now {time.GetUtcNow():O}: "
            + string.Join(", ", run.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
        output?.WriteLine("Answers: " + string.Join(", ", run.Outcomes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}")));
    }

    private static int? FromEnvironment(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
