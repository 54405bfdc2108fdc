using Conversational.Wallet.Tests.Support;

namespace Conversational.Wallet.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="ILedgerStore"/> must have, run once per store by a subclass that says how to
/// create one. Each test builds its ledgers with <see cref="LedgerAsync"/>; when it ends, every ledger it built
/// must still satisfy <see cref="LedgerInvariants"/> (checked in <see cref="DisposeAsync"/>, so no scenario can
/// forget it). The parts of the suite live in <c>LedgerContractTests.*.cs</c>, one file per area.
/// </summary>
public abstract partial class LedgerContractTests : IAsyncLifetime
{
    private readonly List<TestLedger> _ledgers = [];

    /// <summary>The running test's cancellation, for the store calls a test makes itself.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store (its own keys) with these rules and this clock.</summary>
    protected abstract Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time);

    /// <summary>A new ledger over a new store, the clock at <paramref name="start"/> (default: mid-January 2030).</summary>
    protected async Task<TestLedger> LedgerAsync(WalletPolicy? policy = null, DateTimeOffset? start = null)
    {
        policy ??= WalletPolicy.Default;
        var time = new ManualTimeProvider(start ?? ManualTimeProvider.DefaultStart);
        var ledger = new TestLedger(await CreateStoreAsync(policy, time), policy, time);
        _ledgers.Add(ledger);
        return ledger;
    }

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var ledger in _ledgers)
        {
            await LedgerInvariants.CheckAsync(ledger.Store);
        }
        GC.SuppressFinalize(this);
    }
}
