using StackExchange.Redis;

namespace Conversational.Wallet;

/// <summary>
/// The keys and arguments of each movement's script. Movements that name a hold, a pending transfer or a payment
/// first read its unchanging parts (who pays, who receives, the currency) to know which keys to pass; the script
/// checks they still match and answers "read again" otherwise.
/// </summary>
public sealed partial class RedisLedgerStore
{
    /// <summary>ARGV[1..14] of every movement script (see RedisScripts.Core); the movement's own follow.</summary>
    private const int SharedArguments = 14;

    private ScriptCall Prepare(Transfer t, DateTimeOffset now)
    {
        RedisKey[] keys =
        [
            _keys.Outcome(t.Id), _keys.Journal, _keys.Accounts, _keys.Account(t.From), _keys.Account(t.To),
            _keys.Account(AccountId.Fees), _keys.History(t.From), _keys.History(t.To), _keys.Payment(t.Id),
        ];
        var values = Arguments(t, now, t.Amount.Currency, t.Amount.Minor, t.To.Kind,
            t.From.Value, t.To.Value, Name(t.To.Kind), AccountId.Fees.Value);
        return new ScriptCall(RedisScripts.Transfer, keys, values);
    }

    private ScriptCall Prepare(Funding f, DateTimeOffset now)
    {
        RedisKey[] keys =
        [
            _keys.Outcome(f.Id), _keys.Journal, _keys.Accounts, _keys.Account(f.To), _keys.Account(AccountId.Funding),
            _keys.History(f.To),
        ];
        var values = Arguments(f, now, f.Amount.Currency, f.Amount.Minor, f.To.Kind,
            f.To.Value, Name(f.To.Kind), AccountId.Funding.Value);
        return new ScriptCall(RedisScripts.Funding, keys, values);
    }

    private ScriptCall Prepare(PendingSend p, DateTimeOffset now)
    {
        RedisKey[] keys =
        [
            _keys.Outcome(p.Id), _keys.Journal, _keys.Accounts, _keys.Account(p.From), _keys.Account(AccountId.PendingClaims),
            _keys.History(p.From), _keys.Pending(p.Id), _keys.PendingDue, _keys.PendingFor(p.ClaimKey),
        ];
        var expires = now + _policy.PendingClaimPeriod;
        var values = Arguments(p, now, p.Amount.Currency, p.Amount.Minor, AccountKind.Person,
            p.From.Value, p.ClaimKey, AccountId.PendingClaims.Value, RedisCodec.Ticks(expires), RedisCodec.Milliseconds(expires));
        return new ScriptCall(RedisScripts.PendingSend, keys, values);
    }

    private async Task<ScriptCall> PrepareAsync(PendingClaim c, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await FindPendingAsync(c.PendingId, cancellationToken).ConfigureAwait(false);
        RedisKey[] keys =
        [
            _keys.Outcome(c.Id), _keys.Journal, _keys.Accounts, _keys.Pending(c.PendingId), _keys.Account(c.Claimant),
            _keys.Account(AccountId.PendingClaims), _keys.History(c.Claimant), _keys.PendingDue,
            _keys.PendingFor(pending?.ClaimKey ?? c.ClaimKey),
        ];
        var values = Arguments(c, now, pending?.Amount.Currency, 0, AccountKind.Person,
            c.PendingId.Value, c.Claimant.Value, c.ClaimKey, AccountId.PendingClaims.Value, Name(c.Claimant.Kind),
            pending?.Sender.Value ?? "", pending?.ClaimKey ?? "", Flag(pending is not null && now >= pending.ExpiresAt));
        return new ScriptCall(RedisScripts.PendingClaim, keys, values);
    }

    private async Task<ScriptCall> PrepareAsync(PendingReturn r, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await FindPendingAsync(r.PendingId, cancellationToken).ConfigureAwait(false);
        var record = _keys.Pending(r.PendingId);
        // Without a record the script touches nothing but the record key, which stands in for the others.
        RedisKey[] keys =
        [
            _keys.Outcome(r.Id), _keys.Journal, _keys.Accounts, record,
            pending is null ? record : _keys.Account(pending.Sender), _keys.Account(AccountId.PendingClaims),
            pending is null ? record : _keys.History(pending.Sender), _keys.PendingDue,
            pending is null ? record : _keys.PendingFor(pending.ClaimKey),
        ];
        var values = Arguments(r, now, pending?.Amount.Currency, 0, AccountKind.Person,
            r.PendingId.Value, AccountId.PendingClaims.Value, pending?.Sender.Value ?? "", pending?.ClaimKey ?? "",
            Flag(pending is not null && now < pending.ExpiresAt));
        return new ScriptCall(RedisScripts.PendingReturn, keys, values);
    }

    private ScriptCall Prepare(HoldAuthorize h, DateTimeOffset now)
    {
        RedisKey[] keys =
        [
            _keys.Outcome(h.Id), _keys.Journal, _keys.Accounts, _keys.Account(h.Payer), _keys.Account(h.Merchant),
            _keys.History(h.Payer), _keys.Hold(h.Id),
        ];
        var values = Arguments(h, now, h.Amount.Currency, h.Amount.Minor, AccountKind.Merchant, h.Payer.Value, h.Merchant.Value);
        return new ScriptCall(RedisScripts.HoldAuthorize, keys, values);
    }

    private async Task<ScriptCall> PrepareAsync(HoldCapture c, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hold = await FindHoldAsync(c.HoldId, cancellationToken).ConfigureAwait(false);
        var record = _keys.Hold(c.HoldId);
        RedisKey[] keys =
        [
            _keys.Outcome(c.Id), _keys.Journal, _keys.Accounts, record,
            hold is null ? record : _keys.Account(hold.Payer), hold is null ? record : _keys.Account(hold.Merchant),
            _keys.Account(AccountId.Fees), hold is null ? record : _keys.History(hold.Payer),
            hold is null ? record : _keys.History(hold.Merchant), _keys.Payment(c.HoldId),
        ];
        var values = Arguments(c, now, hold?.Amount.Currency, 0, AccountKind.Merchant,
            c.HoldId.Value, c.Amount is { } a ? a.Minor : "", c.Amount is { } b ? b.Currency.Code : "",
            hold?.Payer.Value ?? "", hold?.Merchant.Value ?? "", AccountId.Fees.Value);
        return new ScriptCall(RedisScripts.HoldCapture, keys, values);
    }

    private async Task<ScriptCall> PrepareAsync(HoldVoid v, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hold = await FindHoldAsync(v.HoldId, cancellationToken).ConfigureAwait(false);
        var record = _keys.Hold(v.HoldId);
        RedisKey[] keys =
        [
            _keys.Outcome(v.Id), _keys.Journal, _keys.Accounts, record,
            hold is null ? record : _keys.Account(hold.Payer), hold is null ? record : _keys.Account(hold.Merchant),
            hold is null ? record : _keys.History(hold.Payer),
        ];
        var values = Arguments(v, now, hold?.Amount.Currency, 0, AccountKind.Merchant,
            v.HoldId.Value, hold?.Payer.Value ?? "", hold?.Merchant.Value ?? "");
        return new ScriptCall(RedisScripts.HoldVoid, keys, values);
    }

    private async Task<ScriptCall> PrepareAsync(Refund r, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var payment = await ReadPaymentAsync(r.PaymentId, cancellationToken).ConfigureAwait(false);
        var record = _keys.Payment(r.PaymentId);
        RedisKey[] keys =
        [
            _keys.Outcome(r.Id), _keys.Journal, _keys.Accounts, record,
            payment is null ? record : _keys.Account(payment.Merchant), _keys.Account(AccountId.Fees),
            payment is null ? record : _keys.Account(payment.Source), payment is null ? record : _keys.Account(payment.Person),
            payment is null ? record : _keys.History(payment.Merchant), payment is null ? record : _keys.History(payment.Person),
        ];
        var values = Arguments(r, now, payment?.Currency, r.Amount.Minor, AccountKind.Merchant,
            r.PaymentId.Value, r.Amount.Currency.Code, payment?.Source.Value ?? "", payment?.Person.Value ?? "",
            payment?.Merchant.Value ?? "", AccountId.Fees.Value, Flag(payment?.Source.Kind == AccountKind.System));
        return new ScriptCall(RedisScripts.Refund, keys, values);
    }

    private ScriptCall Prepare(CarrierCharge c, DateTimeOffset now)
    {
        var carrierAccount = AccountId.Carrier(c.Operator);
        RedisKey[] keys =
        [
            _keys.Outcome(c.Id), _keys.Journal, _keys.Accounts, _keys.Account(c.Payer), _keys.Account(c.To),
            _keys.Account(carrierAccount), _keys.Account(AccountId.Fees), _keys.History(c.Payer), _keys.History(c.To),
            _keys.Phone(c.PhoneNumber), _keys.Payment(c.Id),
        ];
        var carrier = _policy.Carrier;
        var values = Arguments(c, now, c.Price.Currency, c.Price.Minor, c.To.Kind,
            c.Payer.Value, c.To.Value, Name(c.To.Kind), carrierAccount.Value, AccountId.Fees.Value, c.ShortCode,
            carrier.DefaultMonthlyCap.Minor, carrier.WarningPercent, Flag(c.Kind == MovementKind.CarrierDonation));
        return new ScriptCall(RedisScripts.CarrierCharge, keys, values);
    }

    /// <summary>
    /// The shared arguments: fingerprint, id, now, kind, currency, amount, day, month, the first day of the 30-day
    /// window, and the currency's limits (the per-transfer one for <paramref name="recipient"/>); then <paramref name="own"/>.
    /// </summary>
    private RedisValue[] Arguments(
        Movement movement, DateTimeOffset now, Currency? currency, long amount, AccountKind recipient, params ReadOnlySpan<RedisValue> own)
    {
        var values = new RedisValue[SharedArguments + own.Length];
        var day = LedgerArithmetic.Day(now);
        values[0] = movement.Fingerprint;
        values[1] = movement.Id.Value;
        values[2] = RedisCodec.Ticks(now);
        values[3] = Name(movement.Kind);
        values[4] = currency?.Code ?? "";
        values[5] = amount;
        values[6] = day;
        values[7] = LedgerArithmetic.Month(now);
        values[8] = day - LedgerArithmetic.RollingWindowDays + 1;
        var limits = currency is { } c ? _policy.LimitsFor(c) : null;
        values[9] = limits?.TransactionMax(recipient).Minor ?? 0;
        values[10] = limits?.UnverifiedSpending30Days.Minor ?? 0;
        values[11] = limits?.DailyCap.Minor ?? 0;
        values[12] = limits?.MonthlyCap.Minor ?? 0;
        values[13] = limits?.UnverifiedBalanceMax.Minor ?? 0;
        own.CopyTo(values.AsSpan(SharedArguments));
        return values;
    }

    private static string Flag(bool value) => value ? "1" : "0";

    private static string Name<T>(T value) where T : struct, Enum => value.ToString();
}
