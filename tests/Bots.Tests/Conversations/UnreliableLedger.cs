using Conversational.Wallet;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>
/// A ledger that stops answering on demand, the worst way: the movement is committed, then the caller gets
/// <see cref="LedgerUnavailableException"/> (as after a timeout), so the caller cannot know the money moved.
/// </summary>
public sealed class UnreliableLedger(ILedgerStore inner) : ILedgerStore
{
    private int _silentCalls;

    /// <summary>The next <paramref name="calls"/> movements commit but report no answer.</summary>
    public void GoSilent(int calls) => Volatile.Write(ref _silentCalls, calls);

    public async Task<MovementResult> ExecuteAsync(Movement movement, CancellationToken cancellationToken = default)
    {
        var result = await inner.ExecuteAsync(movement, cancellationToken);
        if (Interlocked.Decrement(ref _silentCalls) >= 0)
        {
            throw new LedgerUnavailableException("Timed out (test).");
        }
        return result;
    }

    public Task<Account> OpenAccountAsync(Account account, CancellationToken cancellationToken = default) => inner.OpenAccountAsync(account, cancellationToken);

    public Task<Account?> FindAccountAsync(AccountId id, CancellationToken cancellationToken = default) => inner.FindAccountAsync(id, cancellationToken);

    public Task<Account?> SetTierAsync(AccountId person, IdentityTier tier, CancellationToken cancellationToken = default) =>
        inner.SetTierAsync(person, tier, cancellationToken);

    public Task<Account?> SetFeePlanAsync(AccountId merchant, int basisPoints, CancellationToken cancellationToken = default) =>
        inner.SetFeePlanAsync(merchant, basisPoints, cancellationToken);

    public Task<IReadOnlyList<Balance>> GetBalancesAsync(AccountId id, CancellationToken cancellationToken = default) =>
        inner.GetBalancesAsync(id, cancellationToken);

    public Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(AccountId id, int skip, int take, CancellationToken cancellationToken = default) =>
        inner.GetHistoryAsync(id, skip, take, cancellationToken);

    public Task<Hold?> FindHoldAsync(TransferId id, CancellationToken cancellationToken = default) => inner.FindHoldAsync(id, cancellationToken);

    public Task<PendingTransfer?> FindPendingAsync(TransferId id, CancellationToken cancellationToken = default) =>
        inner.FindPendingAsync(id, cancellationToken);

    public Task<IReadOnlyList<PendingTransfer>> ListDuePendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        inner.ListDuePendingAsync(now, max, cancellationToken);

    public Task<IReadOnlyList<PendingTransfer>> ListWaitingForAsync(string claimKey, CancellationToken cancellationToken = default) =>
        inner.ListWaitingForAsync(claimKey, cancellationToken);

    public Task<CarrierUsage> GetCarrierUsageAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        inner.GetCarrierUsageAsync(phoneNumber, cancellationToken);

    public Task<CarrierUsage> SetCarrierPreferencesAsync(
        string phoneNumber, Money? monthlyCap, bool? donationsBlocked, CancellationToken cancellationToken = default) =>
        inner.SetCarrierPreferencesAsync(phoneNumber, monthlyCap, donationsBlocked, cancellationToken);

    public Task<LedgerSnapshot> SnapshotAsync(CancellationToken cancellationToken = default) => inner.SnapshotAsync(cancellationToken);
}
