namespace Conversational.Wallet.Tests.Support;

/// <summary>
/// A store whose next <see cref="ExecuteAsync"/> calls get no answer (<see cref="LedgerUnavailableException"/>), either
/// before the movement happens or after (a commit whose reply was lost). Everything else goes to the inner store.
/// </summary>
public sealed class FlakyLedgerStore(ILedgerStore inner) : ILedgerStore
{
    private int _failuresLeft;

    /// <summary>Whether a failing call executes the movement before failing (the answer is lost, not the work).</summary>
    public bool FailAfterCommit { get; set; }

    public int Calls { get; private set; }

    /// <summary>Which movements the failures apply to (all when null); the others go to the inner store untouched.</summary>
    public Func<Movement, bool>? FailOnly { get; set; }

    /// <summary>A refusal to give a movement instead of executing it (none when null or when it gives null).</summary>
    public Func<Movement, Rejection?>? Refuse { get; set; }

    /// <summary>Makes the next <paramref name="count"/> calls fail.</summary>
    public void FailNext(int count) => _failuresLeft = count;

    public async Task<MovementResult> ExecuteAsync(Movement movement, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (Refuse?.Invoke(movement) is { } refusal)
        {
            return MovementResult.Rejected(movement.Id, refusal);
        }
        if (_failuresLeft <= 0 || FailOnly?.Invoke(movement) == false)
        {
            return await inner.ExecuteAsync(movement, cancellationToken);
        }
        _failuresLeft--;
        if (FailAfterCommit)
        {
            await inner.ExecuteAsync(movement, cancellationToken);
        }
        throw new LedgerUnavailableException("No answer (simulated).");
    }

    public Task<Account> OpenAccountAsync(Account account, CancellationToken cancellationToken = default) =>
        inner.OpenAccountAsync(account, cancellationToken);

    public Task<Account?> FindAccountAsync(AccountId id, CancellationToken cancellationToken = default) =>
        inner.FindAccountAsync(id, cancellationToken);

    public Task<Account?> SetTierAsync(AccountId person, IdentityTier tier, CancellationToken cancellationToken = default) =>
        inner.SetTierAsync(person, tier, cancellationToken);

    public Task<Account?> SetFeePlanAsync(AccountId merchant, int basisPoints, CancellationToken cancellationToken = default) =>
        inner.SetFeePlanAsync(merchant, basisPoints, cancellationToken);

    public Task<IReadOnlyList<Balance>> GetBalancesAsync(AccountId id, CancellationToken cancellationToken = default) =>
        inner.GetBalancesAsync(id, cancellationToken);

    public Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(AccountId id, int skip, int take, CancellationToken cancellationToken = default) =>
        inner.GetHistoryAsync(id, skip, take, cancellationToken);

    public Task<Hold?> FindHoldAsync(TransferId id, CancellationToken cancellationToken = default) =>
        inner.FindHoldAsync(id, cancellationToken);

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
