namespace Conversational.Wallet;

/// <summary>
/// The ledger in process memory: the embedded default for a local run and for tests, and the reference the
/// Redis store is checked against. Thread-safe: one lock makes every movement atomic.
/// </summary>
public sealed partial class InMemoryLedgerStore : ILedgerStore
{
    private readonly Lock _lock = new();
    private readonly WalletPolicy _policy;
    private readonly TimeProvider _time;
    private readonly Dictionary<AccountId, AccountState> _accounts = [];
    private readonly Dictionary<TransferId, (Movement Request, MovementResult Result)> _outcomes = [];
    private readonly Dictionary<TransferId, HoldRecord> _holds = [];
    private readonly Dictionary<TransferId, PendingRecord> _pending = [];
    private readonly Dictionary<TransferId, PaymentRecord> _payments = [];
    private readonly Dictionary<string, PhoneLine> _phones = new(StringComparer.Ordinal);
    private readonly List<JournalEntry> _journal = [];

    public InMemoryLedgerStore(WalletPolicy policy, TimeProvider? time = null)
    {
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _time = time ?? TimeProvider.System;
    }

    public Task<MovementResult> ExecuteAsync(Movement movement, CancellationToken cancellationToken = default) =>
        Task.FromResult(Execute(movement));

    /// <summary>The synchronous heart of <see cref="ExecuteAsync"/>.</summary>
    public MovementResult Execute(Movement movement)
    {
        if (MovementValidator.Validate(movement, _policy) is { } invalid)
        {
            return MovementResult.Rejected(movement.Id, invalid);
        }
        lock (_lock)
        {
            // Movements are records of their parameters only, so equality is the fingerprint comparison.
            if (_outcomes.TryGetValue(movement.Id, out var earlier))
            {
                return earlier.Request.Equals(movement)
                    ? earlier.Result.AsReplay()
                    : MovementResult.Rejected(movement.Id, new Rejection(RejectionReason.IdConflict));
            }
            var now = _time.GetUtcNow();
            var result = movement switch
            {
                Transfer t => Apply(t, now),
                Funding f => Apply(f, now),
                PendingSend p => Apply(p, now),
                PendingClaim c => Apply(c, now),
                PendingReturn r => Apply(r, now),
                HoldAuthorize h => Apply(h, now),
                HoldCapture c => Apply(c, now),
                HoldVoid v => Apply(v, now),
                Refund r => Apply(r, now),
                CarrierCharge c => Apply(c, now),
                _ => throw new ArgumentException($"Unknown movement {movement.GetType().Name}.", nameof(movement)),
            };
            _outcomes[movement.Id] = (movement, result);
            return result;
        }
    }

    public Task<Account> OpenAccountAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Kind == AccountKind.System)
        {
            throw new ArgumentException("System accounts exist by themselves.", nameof(account));
        }
        lock (_lock)
        {
            if (!_accounts.TryGetValue(account.Id, out var state))
            {
                state = new AccountState(Normalized(account));
                _accounts[account.Id] = state;
            }
            return Task.FromResult(state.Info);
        }
    }

    public Task<Account?> FindAccountAsync(AccountId id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_accounts.TryGetValue(id, out var state) ? state.Info : null);
        }
    }

    public Task<Account?> SetTierAsync(AccountId person, IdentityTier tier, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (person.Kind != AccountKind.Person || !_accounts.TryGetValue(person, out var state))
            {
                return Task.FromResult<Account?>(null);
            }
            state.Info = state.Info with { Tier = tier };
            return Task.FromResult<Account?>(state.Info);
        }
    }

    public Task<Account?> SetFeePlanAsync(AccountId merchant, int basisPoints, CancellationToken cancellationToken = default)
    {
        if (!_policy.MerchantFeePlans.Contains(basisPoints))
        {
            throw new ArgumentOutOfRangeException(nameof(basisPoints), basisPoints, "Not one of Wallet:MerchantFeePlans.");
        }
        lock (_lock)
        {
            if (merchant.Kind != AccountKind.Merchant || !_accounts.TryGetValue(merchant, out var state))
            {
                return Task.FromResult<Account?>(null);
            }
            state.Info = state.Info with { FeeBasisPoints = basisPoints };
            return Task.FromResult<Account?>(state.Info);
        }
    }

    public Task<IReadOnlyList<Balance>> GetBalancesAsync(AccountId id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<Balance> balances = _accounts.TryGetValue(id, out var state) ? state.BalanceList() : [];
            return Task.FromResult(balances);
        }
    }

    public Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(AccountId id, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        lock (_lock)
        {
            if (!_accounts.TryGetValue(id, out var state))
            {
                return Task.FromResult<IReadOnlyList<HistoryEntry>>([]);
            }
            var history = state.History;
            var page = new List<HistoryEntry>(Math.Min(take, Math.Max(0, history.Count - skip)));
            for (var i = history.Count - 1 - skip; i >= 0 && page.Count < take; i--)
            {
                page.Add(history[i]);
            }
            return Task.FromResult<IReadOnlyList<HistoryEntry>>(page);
        }
    }

    public Task<Hold?> FindHoldAsync(TransferId id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_holds.TryGetValue(id, out var hold) ? hold.ToHold() : null);
        }
    }

    public Task<PendingTransfer?> FindPendingAsync(TransferId id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_pending.TryGetValue(id, out var pending) ? pending.ToPendingTransfer() : null);
        }
    }

    public Task<IReadOnlyList<PendingTransfer>> ListDuePendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<PendingTransfer> due = [.. _pending.Values
                .Where(p => p.State == PendingState.Waiting && p.ExpiresAt <= now)
                .OrderBy(p => p.ExpiresAt).ThenBy(p => p.Id.Value, StringComparer.Ordinal)
                .Take(max)
                .Select(p => p.ToPendingTransfer())];
            return Task.FromResult(due);
        }
    }

    public Task<IReadOnlyList<PendingTransfer>> ListWaitingForAsync(string claimKey, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<PendingTransfer> waiting = [.. _pending.Values
                .Where(p => p.State == PendingState.Waiting && p.ClaimKey == claimKey)
                .OrderBy(p => p.ExpiresAt).ThenBy(p => p.Id.Value, StringComparer.Ordinal)
                .Select(p => p.ToPendingTransfer())];
            return Task.FromResult(waiting);
        }
    }

    public Task<CarrierUsage> GetCarrierUsageAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(Usage(phoneNumber, LedgerArithmetic.Month(_time.GetUtcNow())));
        }
    }

    public Task<CarrierUsage> SetCarrierPreferencesAsync(
        string phoneNumber, Money? monthlyCap, bool? donationsBlocked, CancellationToken cancellationToken = default)
    {
        CarrierPreferences.Check(phoneNumber, monthlyCap, _policy.Carrier);
        lock (_lock)
        {
            var line = Line(phoneNumber);
            line.Cap = monthlyCap?.Minor ?? line.Cap;
            line.DonationsBlocked = donationsBlocked ?? line.DonationsBlocked;
            return Task.FromResult(Usage(phoneNumber, LedgerArithmetic.Month(_time.GetUtcNow())));
        }
    }

    public Task<LedgerSnapshot> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var balances = _accounts.ToDictionary(a => a.Key, a => (IReadOnlyList<Balance>)a.Value.BalanceList());
            return Task.FromResult(new LedgerSnapshot(balances, [.. _journal]));
        }
    }

    private Account Normalized(Account account) => account.Kind switch
    {
        AccountKind.Person => account with { FeeBasisPoints = 0 },
        AccountKind.Merchant when !_policy.MerchantFeePlans.Contains(account.FeeBasisPoints) =>
            throw new ArgumentException($"A merchant's fee must be one of Wallet:MerchantFeePlans ({string.Join(", ", _policy.MerchantFeePlans)}).", nameof(account)),
        _ => account with { Tier = IdentityTier.Verified, FeeBasisPoints = account.Kind == AccountKind.Merchant ? account.FeeBasisPoints : 0 },
    };

    private CarrierUsage Usage(string phone, int month)
    {
        var line = _phones.GetValueOrDefault(phone);
        var currency = _policy.Carrier.Currency;
        var spent = line?.SpentByMonth.GetValueOrDefault(month) ?? 0;
        var cap = line?.Cap ?? _policy.Carrier.DefaultMonthlyCap.Minor;
        return new CarrierUsage(new Money(spent, currency), new Money(cap, currency), _policy.Carrier.IsWarning(spent, cap), line?.DonationsBlocked ?? false);
    }

    private PhoneLine Line(string phone)
    {
        if (!_phones.TryGetValue(phone, out var line))
        {
            line = new PhoneLine();
            _phones[phone] = line;
        }
        return line;
    }
}
