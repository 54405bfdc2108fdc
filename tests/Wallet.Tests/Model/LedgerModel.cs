namespace Conversational.Wallet.Tests.Model;

/// <summary>
/// A reference model of the wallet's rules, written from the issue with plain dictionaries and the default numbers
/// (EUR only): what each movement should answer and how each balance should move. It shares nothing with the
/// stores but the public types it answers in (<see cref="MovementResult"/>, <see cref="Rejection"/>,
/// <see cref="Receipt"/>) and the check order the stores document. Amounts are EUR cents.
/// </summary>
internal sealed partial class LedgerModel
{
    public const long PersonMax = 250_00;
    public const long CharityMax = 500_00;
    public const long MerchantMax = 500_00;
    public const long DailyCap = 1000_00;
    public const long MonthlyCap = 2500_00;
    public const long UnverifiedHoldMax = 150_00;
    public const long UnverifiedSpendMax = 150_00;
    public const long CarrierPurchaseMax = 4_50;
    public const long CarrierDefaultCap = 50_00;
    public const int CarrierWarningPercent = 80;
    public const long LargestAmount = 1_000_000_000;
    public static readonly TimeSpan ClaimPeriod = TimeSpan.FromDays(7);

    /// <summary>Short code first digit → the most a purchase on it may cost.</summary>
    public static readonly IReadOnlyDictionary<char, long> Tiers = new Dictionary<char, long>
    {
        ['4'] = 20, ['5'] = 50, ['6'] = 80, ['7'] = 1_50, ['8'] = 4_50,
    };

    private readonly Dictionary<AccountId, Member> _members = [];
    private readonly Dictionary<AccountId, long> _system = [];
    private readonly Dictionary<TransferId, (string Fingerprint, MovementResult Result)> _outcomes = [];
    private readonly Dictionary<TransferId, HoldModel> _holds = [];
    private readonly Dictionary<TransferId, PendingModel> _pending = [];
    private readonly Dictionary<TransferId, PaymentModel> _payments = [];
    private readonly Dictionary<string, PhoneModel> _phones = new(StringComparer.Ordinal);

    /// <summary>A person, charity or merchant: what it holds and, for a person, what it spent by day and month.</summary>
    private sealed class Member(AccountId id, bool verified, int feeBasisPoints)
    {
        public AccountId Id { get; } = id;
        public bool Verified { get; set; } = verified;
        public int FeeBasisPoints { get; set; } = feeBasisPoints;
        public long Posted { get; set; }
        public long Held { get; set; }
        public long Incoming { get; set; }
        public long Available => Posted - Held;
        public Dictionary<int, long> SpentOnDay { get; } = [];
        public Dictionary<(int Year, int Month), long> SpentInMonth { get; } = [];
    }

    private sealed record HoldModel(AccountId Payer, AccountId Merchant, long Amount, int Day, (int, int) Month)
    {
        public HoldState State { get; set; } = HoldState.Authorized;
        public long Captured { get; set; }
    }

    private sealed record PendingModel(TransferId Id, AccountId Sender, string Key, long Amount, DateTimeOffset Expires, int Day, (int, int) Month)
    {
        public PendingState State { get; set; } = PendingState.Waiting;
    }

    /// <summary>A refundable payment: <see cref="Source"/> paid it (the person, or a carrier account) for <see cref="Person"/>.</summary>
    private sealed record PaymentModel(AccountId Source, AccountId Person, AccountId Merchant, long Paid, long Fee)
    {
        public long Refunded { get; set; }
    }

    private sealed class PhoneModel
    {
        public long? Cap { get; set; }
        public bool DonationsBlocked { get; set; }
        public Dictionary<(int, int), long> Billed { get; } = [];
    }

    public void Open(AccountId id, bool verified = false, int feeBasisPoints = 0) =>
        _members[id] = new Member(id, verified || id.Kind != AccountKind.Person, feeBasisPoints);

    /// <summary>What <see cref="ILedgerStore.SetTierAsync"/> should do: false when there is no such person.</summary>
    public bool SetVerified(AccountId person, bool verified)
    {
        if (person.Kind != AccountKind.Person || !_members.TryGetValue(person, out var member))
        {
            return false;
        }
        member.Verified = verified;
        return true;
    }

    public bool SetFeePlan(AccountId merchant, int basisPoints)
    {
        if (merchant.Kind != AccountKind.Merchant || !_members.TryGetValue(merchant, out var member))
        {
            return false;
        }
        member.FeeBasisPoints = basisPoints;
        return true;
    }

    /// <summary>Every account the model has seen money on, with its (posted, held, incoming) in cents.</summary>
    public IReadOnlyDictionary<AccountId, (long Posted, long Held, long Incoming)> Balances()
    {
        var all = _members.Values.ToDictionary(m => m.Id, m => (m.Posted, m.Held, m.Incoming));
        foreach (var (id, posted) in _system)
        {
            all[id] = (posted, 0, 0);
        }
        return all;
    }

    public IReadOnlyList<TransferId> HoldIds(bool authorizedOnly) =>
        [.. _holds.Where(h => !authorizedOnly || h.Value.State == HoldState.Authorized).Select(h => h.Key)];

    public long HeldAmount(TransferId hold) => _holds[hold].Amount;

    public Hold? FindHold(TransferId id) => _holds.TryGetValue(id, out var h)
        ? new Hold(id, h.Payer, h.Merchant, Euros(h.Amount), h.State, Euros(h.Captured))
        : null;

    public IReadOnlyList<TransferId> PendingIds(bool waitingOnly) =>
        [.. _pending.Where(p => !waitingOnly || p.Value.State == PendingState.Waiting).Select(p => p.Key)];

    public string ClaimKeyOf(TransferId pending) => _pending[pending].Key;

    public PendingTransfer? FindPending(TransferId id) => _pending.TryGetValue(id, out var p) ? ToPublic(p) : null;

    /// <summary>Waiting pending transfers whose claim period ended by <paramref name="now"/>, oldest first, then by id.</summary>
    public IReadOnlyList<PendingTransfer> Due(DateTimeOffset now, int max) =>
        [.. _pending.Values.Where(p => p.State == PendingState.Waiting && p.Expires <= now)
            .OrderBy(p => p.Expires).ThenBy(p => p.Id.Value, StringComparer.Ordinal).Take(max).Select(ToPublic)];

    public IReadOnlyList<PendingTransfer> WaitingFor(string key) =>
        [.. _pending.Values.Where(p => p.State == PendingState.Waiting && p.Key == key)
            .OrderBy(p => p.Expires).ThenBy(p => p.Id.Value, StringComparer.Ordinal).Select(ToPublic)];

    /// <summary>Payments that can still be refunded in part, and ones that cannot (for refused refunds).</summary>
    public IReadOnlyList<TransferId> PaymentIds(bool withSomethingLeft) =>
        [.. _payments.Where(p => !withSomethingLeft || p.Value.Refunded < p.Value.Paid).Select(p => p.Key)];

    public long LeftToRefund(TransferId payment) => _payments[payment].Paid - _payments[payment].Refunded;

    public CarrierUsage Usage(string phone, DateTimeOffset now)
    {
        var line = _phones.GetValueOrDefault(phone);
        var spent = line?.Billed.GetValueOrDefault(MonthOf(now)) ?? 0;
        var cap = line?.Cap ?? CarrierDefaultCap;
        return new CarrierUsage(Euros(spent), Euros(cap), spent * 100 >= cap * CarrierWarningPercent, line?.DonationsBlocked ?? false);
    }

    public CarrierUsage SetPreferences(string phone, long? cap, bool? donationsBlocked, DateTimeOffset now)
    {
        if (!_phones.TryGetValue(phone, out var line))
        {
            line = new PhoneModel();
            _phones[phone] = line;
        }
        line.Cap = cap ?? line.Cap;
        line.DonationsBlocked = donationsBlocked ?? line.DonationsBlocked;
        return Usage(phone, now);
    }

    public static Money Euros(long cents) => new(cents, Currency.Eur);

    private static int DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime).DayNumber;

    private static (int, int) MonthOf(DateTimeOffset at) => (at.UtcDateTime.Year, at.UtcDateTime.Month);

    private static PendingTransfer ToPublic(PendingModel p) => new(p.Id, p.Sender, p.Key, Euros(p.Amount), p.Expires, p.State);
}
