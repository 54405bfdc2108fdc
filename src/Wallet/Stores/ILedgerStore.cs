namespace Conversational.Wallet;

/// <summary>
/// Where the ledger lives. Every implementation applies the same rules (<see cref="WalletPolicy"/>), each movement
/// atomically: all checks, then the postings, the idempotency record and the history, or nothing. The shared
/// contract tests run against each implementation.
/// </summary>
/// <remarks>
/// A store that cannot tell whether a movement happened (a timeout, a lost connection) throws
/// <see cref="LedgerUnavailableException"/>; retrying with the same id settles it.
/// </remarks>
public interface ILedgerStore
{
    /// <summary>Executes a movement, or gives back the outcome recorded for its id.</summary>
    Task<MovementResult> ExecuteAsync(Movement movement, CancellationToken cancellationToken = default);

    /// <summary>Opens an account; when it already exists, leaves it as it is and gives it back.</summary>
    Task<Account> OpenAccountAsync(Account account, CancellationToken cancellationToken = default);

    Task<Account?> FindAccountAsync(AccountId id, CancellationToken cancellationToken = default);

    /// <summary>Sets a person's identity tier (an operator verified them); null when there is no such account.</summary>
    Task<Account?> SetTierAsync(AccountId person, IdentityTier tier, CancellationToken cancellationToken = default);

    /// <summary>Sets a merchant's fee rate for payments from now on; null when there is no such account.</summary>
    Task<Account?> SetFeePlanAsync(AccountId merchant, int basisPoints, CancellationToken cancellationToken = default);

    /// <summary>An account's balances, one per currency it has ever held, sorted by currency code.</summary>
    Task<IReadOnlyList<Balance>> GetBalancesAsync(AccountId id, CancellationToken cancellationToken = default);

    /// <summary>An account's statement lines, newest first: <paramref name="skip"/> lines, then up to <paramref name="take"/>.</summary>
    Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(AccountId id, int skip, int take, CancellationToken cancellationToken = default);

    Task<Hold?> FindHoldAsync(TransferId id, CancellationToken cancellationToken = default);

    Task<PendingTransfer?> FindPendingAsync(TransferId id, CancellationToken cancellationToken = default);

    /// <summary>Pending transfers still waiting whose claim period ended at or before <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<PendingTransfer>> ListDuePendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>Pending transfers still waiting for this claim key (a phone number or a handle), oldest first.</summary>
    Task<IReadOnlyList<PendingTransfer>> ListWaitingForAsync(string claimKey, CancellationToken cancellationToken = default);

    /// <summary>A phone number's carrier billing this month (UTC), with its cap and donation block.</summary>
    Task<CarrierUsage> GetCarrierUsageAsync(string phoneNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a phone number's own monthly cap (at most the default; null keeps the current one) and whether it
    /// blocks donations billed to the phone (null keeps the current choice).
    /// </summary>
    Task<CarrierUsage> SetCarrierPreferencesAsync(
        string phoneNumber, Money? monthlyCap, bool? donationsBlocked, CancellationToken cancellationToken = default);

    /// <summary>Every balance and the whole journal, for audits and invariant checks.</summary>
    Task<LedgerSnapshot> SnapshotAsync(CancellationToken cancellationToken = default);
}
