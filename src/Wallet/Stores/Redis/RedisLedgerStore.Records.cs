using System.Globalization;
using StackExchange.Redis;

namespace Conversational.Wallet;

/// <summary>Holds, pending transfers, payments and phone lines.</summary>
public sealed partial class RedisLedgerStore
{
    private static readonly RedisValue[] HoldFields = ["state", "payer", "merchant", "cur", "amount", "captured"];
    private static readonly RedisValue[] PendingFields = ["state", "sender", "claim", "cur", "amount", "expires"];
    private static readonly RedisValue[] PaymentFields = ["source", "person", "merchant", "cur"];

    public async Task<Hold?> FindHoldAsync(TransferId id, CancellationToken cancellationToken = default)
    {
        var f = await AnswerAsync(db => db.HashGetAsync(_keys.Hold(id), HoldFields), cancellationToken).ConfigureAwait(false);
        if (f[0].IsNull)
        {
            return null;
        }
        var currency = Currency.Of((string)f[3]!);
        return new Hold(id, AccountId.Parse((string)f[1]!), AccountId.Parse((string)f[2]!), new Money((long)f[4], currency),
            Enum.Parse<HoldState>((string)f[0]!), new Money((long)f[5], currency));
    }

    public async Task<PendingTransfer?> FindPendingAsync(TransferId id, CancellationToken cancellationToken = default)
    {
        var f = await AnswerAsync(db => db.HashGetAsync(_keys.Pending(id), PendingFields), cancellationToken).ConfigureAwait(false);
        return Pending(id.Value, f);
    }

    public async Task<IReadOnlyList<PendingTransfer>> ListDuePendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        if (max <= 0)
        {
            return [];
        }
        // Scores are whole milliseconds: everything due has a score up to now's millisecond, and a record in that
        // last millisecond may still be a few ticks from due, so the exact times decide below.
        var last = (double)RedisCodec.Milliseconds(now);
        var due = await AnswerAsync(
            db => db.SortedSetRangeByScoreWithScoresAsync(_keys.PendingDue, double.NegativeInfinity, last, take: max),
            cancellationToken).ConfigureAwait(false);
        var ids = due.Select(e => (string)e.Element!).ToList();
        if (due.Length == max)
        {
            // Ties with the last score may sort differently by exact time and ordinal id: take them all.
            var edge = due[^1].Score;
            var ties = await AnswerAsync(db => db.SortedSetRangeByScoreAsync(_keys.PendingDue, edge, edge), cancellationToken)
                .ConfigureAwait(false);
            ids.AddRange(ties.Select(t => (string)t!).Where(t => !ids.Contains(t, StringComparer.Ordinal)));
        }
        var pending = await ReadPendingAsync(ids, cancellationToken).ConfigureAwait(false);
        return [.. Ordered(pending.Where(p => p.ExpiresAt <= now)).Take(max)];
    }

    public async Task<IReadOnlyList<PendingTransfer>> ListWaitingForAsync(string claimKey, CancellationToken cancellationToken = default)
    {
        if (claimKey is null)
        {
            return [];   // in memory, no pending transfer's claim key equals null
        }
        var members = await AnswerAsync(db => db.SortedSetRangeByRankAsync(_keys.PendingFor(claimKey)), cancellationToken)
            .ConfigureAwait(false);
        var pending = await ReadPendingAsync([.. members.Select(m => (string)m!)], cancellationToken).ConfigureAwait(false);
        return [.. Ordered(pending.Where(p => p.ClaimKey == claimKey))];
    }

    public async Task<CarrierUsage> GetCarrierUsageAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        var month = LedgerArithmetic.Month(_time.GetUtcNow());
        var f = await AnswerAsync(db => db.HashGetAsync(_keys.Phone(phoneNumber), ["cap", "blocked", SpentField(month)]), cancellationToken)
            .ConfigureAwait(false);
        return Usage(f);
    }

    public async Task<CarrierUsage> SetCarrierPreferencesAsync(
        string phoneNumber, Money? monthlyCap, bool? donationsBlocked, CancellationToken cancellationToken = default)
    {
        CarrierPreferences.Check(phoneNumber, monthlyCap, _policy.Carrier);
        var month = LedgerArithmetic.Month(_time.GetUtcNow());
        RedisValue[] values =
            [monthlyCap is { } cap ? cap.Minor : "", donationsBlocked is { } blocked ? Flag(blocked) : "", SpentField(month)];
        var answer = await EvaluateAsync(RedisScripts.SetCarrierPreferences, [_keys.Phone(phoneNumber)], values, cancellationToken)
            .ConfigureAwait(false);
        return Usage((RedisValue[])answer!);
    }

    /// <summary>A payment's unchanging parts, to know which accounts a refund touches.</summary>
    private async Task<PaymentParties?> ReadPaymentAsync(
        TransferId id, CancellationToken cancellationToken)
    {
        var f = await AnswerAsync(db => db.HashGetAsync(_keys.Payment(id), PaymentFields), cancellationToken).ConfigureAwait(false);
        return f[0].IsNull
            ? null
            : new PaymentParties(AccountId.Parse((string)f[0]!), AccountId.Parse((string)f[1]!), AccountId.Parse((string)f[2]!), Currency.Of((string)f[3]!));
    }

    /// <summary>The waiting ones among these pending transfers (an index can be a step behind its records).</summary>
    private async Task<List<PendingTransfer>> ReadPendingAsync(List<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var batch = Db.CreateBatch();
        var reads = ids.Select(id => batch.HashGetAsync(_keys.Pending(id), PendingFields)).ToArray();
        batch.Execute();
        var records = await AnswerAsync(_ => Task.WhenAll(reads), cancellationToken).ConfigureAwait(false);
        return [.. ids.Select((id, i) => Pending(id, records[i])).OfType<PendingTransfer>().Where(p => p.State == PendingState.Waiting)];
    }

    private static PendingTransfer? Pending(string id, RedisValue[] f) => f[0].IsNull
        ? null
        : new PendingTransfer(new TransferId(id), AccountId.Parse((string)f[1]!), (string)f[2]!,
            new Money((long)f[4], Currency.Of((string)f[3]!)), RedisCodec.Time((string)f[5]!), Enum.Parse<PendingState>((string)f[0]!));

    /// <summary>Oldest first, as in memory: by expiry, then by id (ordinal).</summary>
    private static IOrderedEnumerable<PendingTransfer> Ordered(IEnumerable<PendingTransfer> pending) =>
        pending.OrderBy(p => p.ExpiresAt).ThenBy(p => p.Id.Value, StringComparer.Ordinal);

    private CarrierUsage Usage(RedisValue[] f)
    {
        var carrier = _policy.Carrier;
        var spent = f[2].IsNull ? 0 : (long)f[2];
        var cap = f[0].IsNull ? carrier.DefaultMonthlyCap.Minor : (long)f[0];
        return new CarrierUsage(new Money(spent, carrier.Currency), new Money(cap, carrier.Currency), carrier.IsWarning(spent, cap), f[1] == "1");
    }

    /// <summary>Who a payment was paid by (<paramref name="Source"/>), for (<paramref name="Person"/>) and to.</summary>
    private sealed record PaymentParties(AccountId Source, AccountId Person, AccountId Merchant, Currency Currency);

    private static string SpentField(int month) => "s:" + month.ToString(CultureInfo.InvariantCulture);
}
