using Conversational.Wallet.Tests.Support;
using Xunit.Sdk;

namespace Conversational.Wallet.Tests.Model;

/// <summary>
/// One model run: a store and the <see cref="LedgerModel"/> side by side on one manual clock. After every operation
/// the answers must be equal, every account's balance must be the model's, and <see cref="LedgerInvariants"/> must
/// hold. A failure names the seed that replays it and the operations that led there.
/// </summary>
internal sealed class ModelRun(ILedgerStore store, ManualTimeProvider time, CancellationToken cancellation)
{
    public const int ReturnBatch = 100;
    private const int Remembered = 15;

    public ILedgerStore Store { get; } = store;

    public ManualTimeProvider Time { get; } = time;

    public LedgerModel Model { get; } = new();

    public WalletService Service { get; } = new(store, WalletPolicy.Default, time);

    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>Every movement sent so far, for redeliveries.</summary>
    public List<Movement> Issued { get; } = [];

    /// <summary>What happened, for the report: operations of each kind.</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>What the movements answered: completed, replayed, or each rejection reason.</summary>
    public Dictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

    public void Tally(MovementResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var name = result.Replayed ? "replayed" : result.Rejection?.Reason.ToString() ?? "completed";
        Outcomes[name] = Outcomes.GetValueOrDefault(name) + 1;
    }

    public async Task OpenAccountsAsync()
    {
        foreach (var person in ModelCast.People)
        {
            await Store.OpenAccountAsync(new Account(person), Cancellation);
            Model.Open(person);
        }
        foreach (var person in ModelCast.Verified)
        {
            await Store.SetTierAsync(person, IdentityTier.Verified, Cancellation);
            Model.SetVerified(person, verified: true);
        }
        await Store.OpenAccountAsync(Account.Charity(ModelCast.Charity.Name), Cancellation);
        Model.Open(ModelCast.Charity);
        foreach (var (merchant, fee) in ModelCast.Merchants)
        {
            await Store.OpenAccountAsync(Account.Merchant(merchant.Name, fee), Cancellation);
            Model.Open(merchant, feeBasisPoints: fee);
        }
    }

    public async Task RunAsync(int seed, int operations)
    {
        var generator = new OperationGenerator(new Random(seed), Model, Issued);
        var recent = new Queue<string>();
        for (var step = 1; step <= operations; step++)
        {
            var operation = generator.Next();
            var at = Time.GetUtcNow();
            try
            {
                await operation.RunAsync(this);
                var snapshot = await LedgerInvariants.CheckAsync(Store, Cancellation);
                AssertSameBalances(Model.Balances(), snapshot);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new XunitException(
                    $"Model run with seed {seed} ({LedgerModelTests.SeedVariable}={seed} replays it) failed at operation {step} of "
                    + $"{operations}, at {at:O}:{Environment.NewLine}  {operation}{Environment.NewLine}{e.Message}{Environment.NewLine}"
                    + $"The operations before it, oldest first:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", recent)}", e);
            }
            Count(operation);
            recent.Enqueue($"{at:O} {operation}");
            if (recent.Count > Remembered)
            {
                recent.Dequeue();
            }
        }
    }

    public static void AssertSameResult(MovementResult expected, MovementResult actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var same = expected.Id == actual.Id && expected.Status == actual.Status && expected.Replayed == actual.Replayed
            && Equals(expected.Rejection, actual.Rejection) && Equals(expected.Receipt, actual.Receipt);
        Assert.True(same, $"The model expected {Describe(expected)}{Environment.NewLine}the store answered {Describe(actual)}");
    }

    private static string Describe(MovementResult result) =>
        $"{result}{(result.Replayed ? " (replayed)" : "")} {(object?)result.Rejection ?? result.Receipt}";

    private static void AssertSameBalances(
        IReadOnlyDictionary<AccountId, (long Posted, long Held, long Incoming)> expected, LedgerSnapshot snapshot)
    {
        var actual = new Dictionary<AccountId, (long, long, long)>();
        foreach (var (account, balances) in snapshot.Balances)
        {
            foreach (var balance in balances)
            {
                Assert.True(balance.Currency == Currency.Eur, $"{account} holds {balance.Currency}, which no movement used.");
                actual[account] = (balance.Posted, balance.Held, balance.Incoming);
            }
        }
        var differences = expected.Keys.Union(actual.Keys)
            .Where(a => expected.GetValueOrDefault(a) != actual.GetValueOrDefault(a))
            .Select(a => $"{a}: the model has (posted, held, incoming) {expected.GetValueOrDefault(a)}, the store {actual.GetValueOrDefault(a)}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private void Count(Operation operation)
    {
        var name = operation is Move move ? move.Movement.GetType().Name : operation.GetType().Name;
        Counts[name] = Counts.GetValueOrDefault(name) + 1;
    }
}
