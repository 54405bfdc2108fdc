namespace Conversational.Wallet;

/// <summary>One script per movement; each body follows the matching Apply of <see cref="InMemoryLedgerStore"/> line by line.</summary>
internal static partial class RedisScripts
{
    public static readonly string Transfer = Compact(Core + Limits + """
        -- KEYS[4] payer, [5] recipient, [6] fees account, [7] payer's history, [8] recipient's history,
        -- [9] the payment record (a payment to a merchant can be refunded)
        -- ARGV[15] payer id, [16] recipient id, [17] recipient kind, [18] fees account id
        local from, to, toKind = ARGV[15], ARGV[16], ARGV[17]
        local payer = redis.call('HMGET', KEYS[4], 'tier', pField, hField, dayField, monthField)
        if not payer[1] then return outcome(rejection('UnknownAccount', {account = from})) end
        local recipient = redis.call('HMGET', KEYS[5], 'tier', pField, 'fee')
        if not recipient[1] then return outcome(rejection('UnknownRecipient', {account = to})) end
        local refused = transactionLimit()
          or spendingLimits(KEYS[4], payer[1], num(payer[4]), num(payer[5]))
          or funds(payer[2], payer[3], amount, nil)
          or balanceLimit(toKind, recipient[1], recipient[2], amount, to)
        if refused then return outcome(refused) end
        local fee = 0
        if toKind == 'Merchant' then fee = feeOf(amount, tonumber(recipient[3])) end
        post(KEYS[4], from, -amount, 0, 0)
        post(KEYS[5], to, amount - fee, 0, 0)
        postFee(KEYS[6], ARGV[18], fee)
        spendToday(KEYS[4], num(payer[4]), num(payer[5]))
        if toKind == 'Merchant' then
          redis.call('HSET', KEYS[9], 'source', from, 'person', from, 'merchant', to, 'cur', cur,
            'paid', ARGV[6], 'fee', int(fee), 'refunded', '0')
        end
        record(KEYS[7], to, -amount, 0, 0, 0, nil)
        record(KEYS[8], from, amount - fee, 0, fee, 0, nil)
        return complete(from, to, amount, fee, nil)
        """);

    public static readonly string Funding = Compact(Core + Limits + """
        -- KEYS[4] recipient, [5] funding account, [6] recipient's history
        -- ARGV[15] recipient id, [16] recipient kind, [17] funding account id
        local to, toKind, funding = ARGV[15], ARGV[16], ARGV[17]
        local recipient = redis.call('HMGET', KEYS[4], 'tier', pField)
        if not recipient[1] then return outcome(rejection('UnknownRecipient', {account = to})) end
        local refused = balanceLimit(toKind, recipient[1], recipient[2], amount, to)
        if refused then return outcome(refused) end
        postSystem(KEYS[5], funding, -amount)
        post(KEYS[4], to, amount, 0, 0)
        record(KEYS[6], funding, amount, 0, 0, 0, nil)
        return complete(funding, to, amount, 0, nil)
        """);

    public static readonly string PendingSend = Compact(Core + Limits + """
        -- KEYS[4] sender, [5] pending-claims account, [6] sender's history, [7] the new pending record,
        -- [8] due index, [9] the claim key's index
        -- ARGV[15] sender id, [16] claim key, [17] pending-claims account id, [18] expiry (ticks),
        -- [19] expiry (milliseconds: the indexes' score)
        local from, claimKey, pendingAccount = ARGV[15], ARGV[16], ARGV[17]
        local payer = redis.call('HMGET', KEYS[4], 'tier', pField, hField, dayField, monthField)
        if not payer[1] then return outcome(rejection('UnknownAccount', {account = from})) end
        local refused = transactionLimit()
          or spendingLimits(KEYS[4], payer[1], num(payer[4]), num(payer[5]))
          or funds(payer[2], payer[3], amount, nil)
        if refused then return outcome(refused) end
        post(KEYS[4], from, -amount, 0, 0)
        postSystem(KEYS[5], pendingAccount, amount)
        spendToday(KEYS[4], num(payer[4]), num(payer[5]))
        redis.call('HSET', KEYS[7], 'state', 'Waiting', 'sender', from, 'claim', claimKey, 'cur', cur,
          'amount', ARGV[6], 'expires', ARGV[18], 'day', day, 'month', month)
        redis.call('ZADD', KEYS[8], ARGV[19], id)
        redis.call('ZADD', KEYS[9], ARGV[19], id)
        record(KEYS[6], pendingAccount, -amount, 0, 0, 0, claimKey)
        return complete(from, pendingAccount, amount, 0, ARGV[18] .. '||||')
        """);

    public static readonly string PendingClaim = Compact(Core + Limits + Resolved + """
        -- KEYS[4] pending record, [5] claimant, [6] pending-claims account, [7] claimant's history, [8] due index,
        -- [9] the record's claim-key index
        -- ARGV[15] pending id, [16] claimant id, [17] claim key asked, [18] pending-claims account id,
        -- [19] claimant kind, [20] the record as the caller read it: its sender ('' when there was none),
        -- [21] its claim key, [22] '1' when its claim period is over
        local pendingId, claimant, pendingAccount = ARGV[15], ARGV[16], ARGV[18]
        local p = redis.call('HMGET', KEYS[4], 'state', 'sender', 'claim', 'cur', 'amount', 'expires')
        if not p[1] then
          if ARGV[20] ~= '' then return stale end
          return outcome(rejection('PendingNotFound'))
        end
        if p[2] ~= ARGV[20] or p[3] ~= ARGV[21] or p[4] ~= cur then return stale end
        local refused = pendingResolved(p[1])
          or (p[3] ~= ARGV[17] and rejection('PendingNotForClaimant'))
          or (ARGV[22] == '1' and rejection('PendingExpired', {at = p[6]}))
        if refused then return outcome(refused) end
        local c = redis.call('HMGET', KEYS[5], 'tier', pField)
        if not c[1] then return outcome(rejection('UnknownAccount', {account = claimant})) end
        local value = tonumber(p[5])
        refused = balanceLimit(ARGV[19], c[1], c[2], value, claimant)
        if refused then return outcome(refused) end
        postSystem(KEYS[6], pendingAccount, -value)
        post(KEYS[5], claimant, value, 0, 0)
        redis.call('HSET', KEYS[4], 'state', 'Claimed')
        redis.call('ZREM', KEYS[8], pendingId)
        redis.call('ZREM', KEYS[9], pendingId)
        record(KEYS[7], p[2], value, 0, 0, 0, pendingId)
        return complete(p[2], claimant, value, 0, nil)
        """);

    public static readonly string PendingReturn = Compact(Core + Resolved + """
        -- KEYS[4] pending record, [5] sender, [6] pending-claims account, [7] sender's history, [8] due index,
        -- [9] the record's claim-key index
        -- ARGV[15] pending id, [16] pending-claims account id, [17] the record as the caller read it: its sender
        -- ('' when there was none), [18] its claim key, [19] '1' when its claim period is not over
        local pendingId, pendingAccount = ARGV[15], ARGV[16]
        local p = redis.call('HMGET', KEYS[4], 'state', 'sender', 'claim', 'cur', 'amount', 'expires', 'day', 'month')
        if not p[1] then
          if ARGV[17] ~= '' then return stale end
          return outcome(rejection('PendingNotFound'))
        end
        if p[2] ~= ARGV[17] or p[3] ~= ARGV[18] or p[4] ~= cur then return stale end
        local refused = pendingResolved(p[1])
          or (ARGV[19] == '1' and rejection('PendingNotDue', {at = p[6]}))
        if refused then return outcome(refused) end
        local value = tonumber(p[5])
        postSystem(KEYS[6], pendingAccount, -value)
        post(KEYS[5], p[2], value, 0, 0)
        spend(KEYS[5], -value, p[7], p[8])
        redis.call('HSET', KEYS[4], 'state', 'Returned')
        redis.call('ZREM', KEYS[8], pendingId)
        redis.call('ZREM', KEYS[9], pendingId)
        record(KEYS[7], pendingAccount, value, 0, 0, 0, pendingId)
        return complete(pendingAccount, p[2], value, 0, nil)
        """);

    public static readonly string HoldAuthorize = Compact(Core + Limits + """
        -- KEYS[4] payer, [5] merchant, [6] payer's history, [7] the new hold record
        -- ARGV[15] payer id, [16] merchant id
        local payerId, merchantId = ARGV[15], ARGV[16]
        local payer = redis.call('HMGET', KEYS[4], 'tier', pField, hField, dayField, monthField)
        if not payer[1] then return outcome(rejection('UnknownAccount', {account = payerId})) end
        if redis.call('HEXISTS', KEYS[5], 'tier') == 0 then
          return outcome(rejection('UnknownRecipient', {account = merchantId}))
        end
        local refused = transactionLimit()
          or spendingLimits(KEYS[4], payer[1], num(payer[4]), num(payer[5]))
          or funds(payer[2], payer[3], amount, nil)
        if refused then return outcome(refused) end
        post(KEYS[4], payerId, 0, amount, 0)
        post(KEYS[5], merchantId, 0, 0, amount)
        spendToday(KEYS[4], num(payer[4]), num(payer[5]))
        redis.call('HSET', KEYS[7], 'state', 'Authorized', 'payer', payerId, 'merchant', merchantId, 'cur', cur,
          'amount', ARGV[6], 'day', day, 'month', month, 'captured', '0')
        record(KEYS[6], merchantId, 0, amount, 0, 0, nil)
        return complete(payerId, merchantId, amount, 0, nil)
        """);

    public static readonly string HoldCapture = Compact(Core + Resolved + """
        -- KEYS[4] hold record, [5] payer, [6] merchant, [7] fees account, [8] payer's history,
        -- [9] merchant's history, [10] the new payment record
        -- ARGV[15] hold id, [16] amount to capture ('' for all), [17] its currency, [18] the hold as the caller
        -- read it: its payer ('' when there was none), [19] its merchant, [20] fees account id
        local holdId = ARGV[15]
        local h = redis.call('HMGET', KEYS[4], 'state', 'payer', 'merchant', 'cur', 'amount', 'day', 'month')
        if not h[1] then
          if ARGV[18] ~= '' then return stale end
          return outcome(rejection('HoldNotFound'))
        end
        if h[2] ~= ARGV[18] or h[3] ~= ARGV[19] or h[4] ~= cur then return stale end
        local held = tonumber(h[5])
        local captured, capturedCur = held, cur
        if ARGV[16] ~= '' then captured, capturedCur = tonumber(ARGV[16]), ARGV[17] end
        local refused = holdResolved(h[1])
          or (capturedCur ~= cur and rejection('CurrencyMismatch'))
          or (captured > held and rejection('CaptureExceedsHold', {limit = held}))
        if refused then return outcome(refused) end
        local fee = feeOf(captured, tonumber(redis.call('HGET', KEYS[6], 'fee')))
        post(KEYS[5], h[2], -captured, -held, 0)
        post(KEYS[6], h[3], captured - fee, 0, -held)
        postFee(KEYS[7], ARGV[20], fee)
        spend(KEYS[5], captured - held, h[6], h[7])
        redis.call('HSET', KEYS[4], 'state', 'Captured', 'captured', int(captured))
        redis.call('HSET', KEYS[10], 'source', h[2], 'person', h[2], 'merchant', h[3], 'cur', cur,
          'paid', int(captured), 'fee', int(fee), 'refunded', '0')
        record(KEYS[8], h[3], -captured, -held, 0, 0, holdId)
        record(KEYS[9], h[2], captured - fee, 0, fee, 0, holdId)
        return complete(h[2], h[3], captured, fee, nil)
        """);

    public static readonly string HoldVoid = Compact(Core + Resolved + """
        -- KEYS[4] hold record, [5] payer, [6] merchant, [7] payer's history
        -- ARGV[15] hold id, [16] the hold as the caller read it: its payer ('' when there was none), [17] its merchant
        local holdId = ARGV[15]
        local h = redis.call('HMGET', KEYS[4], 'state', 'payer', 'merchant', 'cur', 'amount', 'day', 'month')
        if not h[1] then
          if ARGV[16] ~= '' then return stale end
          return outcome(rejection('HoldNotFound'))
        end
        if h[2] ~= ARGV[16] or h[3] ~= ARGV[17] or h[4] ~= cur then return stale end
        local refused = holdResolved(h[1])
        if refused then return outcome(refused) end
        local held = tonumber(h[5])
        post(KEYS[5], h[2], 0, -held, 0)
        post(KEYS[6], h[3], 0, 0, -held)
        spend(KEYS[5], -held, h[6], h[7])
        redis.call('HSET', KEYS[4], 'state', 'Voided')
        record(KEYS[7], h[3], 0, -held, 0, 0, holdId)
        return complete(h[2], h[3], held, 0, nil)
        """);

    public static readonly string Refund = Compact(Core + Limits + """
        -- KEYS[4] payment record, [5] merchant, [6] fees account, [7] source account (paid back), [8] person,
        -- [9] merchant's history, [10] person's history
        -- ARGV[15] payment id, [16] refund currency, [17] the payment as the caller read it: its source ('' when
        -- there was none), [18] its person, [19] its merchant, [20] fees account id, [21] '1' when the source is a
        -- system account
        local paymentId = ARGV[15]
        local pay = redis.call('HMGET', KEYS[4], 'source', 'person', 'merchant', 'cur', 'paid', 'fee', 'refunded')
        if not pay[1] then
          if ARGV[17] ~= '' then return stale end
          return outcome(rejection('PaymentNotFound'))
        end
        if pay[1] ~= ARGV[17] or pay[2] ~= ARGV[18] or pay[3] ~= ARGV[19] or pay[4] ~= cur then return stale end
        if ARGV[16] ~= cur then return outcome(rejection('CurrencyMismatch')) end
        local paid, fee, refunded = tonumber(pay[5]), tonumber(pay[6]), tonumber(pay[7])
        if refunded + amount > paid then
          return outcome(rejection('RefundExceedsPayment', {limit = paid - refunded}))
        end
        local feeBack = math.floor(fee * (refunded + amount) / paid) - math.floor(fee * refunded / paid)
        local m = redis.call('HMGET', KEYS[5], pField, hField)
        local refused = funds(m[1], m[2], amount - feeBack, pay[3])
        if refused then return outcome(refused) end
        post(KEYS[5], pay[3], -(amount - feeBack), 0, 0)
        postFee(KEYS[6], ARGV[20], -feeBack)
        if ARGV[21] == '1' then postSystem(KEYS[7], pay[1], amount) else post(KEYS[7], pay[1], amount, 0, 0) end
        redis.call('HINCRBY', KEYS[4], 'refunded', int(amount))
        record(KEYS[9], pay[2], -(amount - feeBack), 0, feeBack, 0, paymentId)
        if pay[1] == pay[2] then
          record(KEYS[10], pay[3], amount, 0, 0, 0, paymentId)
        else
          record(KEYS[10], pay[3], 0, 0, 0, -amount, paymentId)
        end
        return complete(pay[3], pay[2], amount, feeBack, nil)
        """);

    public static readonly string CarrierCharge = Compact(Core + """
        -- KEYS[4] payer, [5] recipient, [6] the operator's carrier account, [7] fees account, [8] payer's history,
        -- [9] recipient's history, [10] the phone line, [11] the new payment record
        -- ARGV[15] payer id, [16] recipient id, [17] recipient kind, [18] carrier account id, [19] fees account id,
        -- [20] short code, [21] default monthly cap, [22] warning percent, [23] '1' for a donation
        local payerId, to, toKind, carrier = ARGV[15], ARGV[16], ARGV[17], ARGV[18]
        if redis.call('HEXISTS', KEYS[4], 'tier') == 0 then
          return outcome(rejection('UnknownAccount', {account = payerId}))
        end
        local recipient = redis.call('HMGET', KEYS[5], 'tier', 'fee')
        if not recipient[1] then return outcome(rejection('UnknownRecipient', {account = to})) end
        local line = redis.call('HMGET', KEYS[10], 'cap', 'blocked', 's:' .. month)
        local spent, cap, blocked = num(line[3]), tonumber(ARGV[21]), line[2] == '1'
        if line[1] then cap = tonumber(line[1]) end
        if ARGV[23] == '1' and blocked then return outcome(rejection('CarrierDonationsBlocked')) end
        if spent + amount > cap then
          return outcome(rejection('OverCarrierMonthlyCap', {limit = cap, used = spent}))
        end
        local fee = 0
        if toKind == 'Merchant' then fee = feeOf(amount, tonumber(recipient[2])) end
        postSystem(KEYS[6], carrier, -amount)
        post(KEYS[5], to, amount - fee, 0, 0)
        postFee(KEYS[7], ARGV[19], fee)
        redis.call('HSET', KEYS[10], 's:' .. month, int(spent + amount))
        redis.call('HSET', KEYS[11], 'source', carrier, 'person', payerId, 'merchant', to, 'cur', cur,
          'paid', ARGV[6], 'fee', int(fee), 'refunded', '0')
        record(KEYS[8], to, 0, 0, 0, amount, ARGV[20])
        record(KEYS[9], payerId, amount - fee, 0, fee, 0, ARGV[20])
        local after, warning = spent + amount, '0'
        if after * 100 >= cap * tonumber(ARGV[22]) then warning = '1' end
        local b = '0'
        if blocked then b = '1' end
        return complete(payerId, to, amount, fee, '|' .. int(after) .. '|' .. int(cap) .. '|' .. warning .. '|' .. b)
        """);
}
