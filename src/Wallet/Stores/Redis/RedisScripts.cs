namespace Conversational.Wallet;

/// <summary>
/// The Lua scripts of the Redis ledger. Each movement is one script execution that mirrors
/// <see cref="InMemoryLedgerStore"/>: the idempotency record first, then every check in the same order, and only
/// then the writes (Redis does not roll back a script that fails halfway). Numbers arrive as text and are read
/// with tonumber(); numbers are written back with string.format('%d') or HINCRBY, never tostring().
/// </summary>
internal static partial class RedisScripts
{
    /// <summary>
    /// The script without its comment lines and indentation. StackExchange.Redis looks each script up by its text
    /// on every call (to run it by hash), so a shorter text costs less on the client.
    /// </summary>
    private static string Compact(string script) => string.Join('\n', script.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal)));

    /// <summary>
    /// The start of every movement script: the stored outcome if the id was used before, then the shared
    /// arguments and helpers. The script answers {'=', record} for an id used before, {'+', outcome} for a new
    /// outcome (stored), or {'?', ''} when a record the caller read first no longer matches (read again).
    /// </summary>
    private const string Core = """
        -- KEYS[1] idempotency record, [2] journal, [3] set of accounts.
        -- ARGV[1] fingerprint, [2] movement id, [3] now (UTC ticks, as text), [4] kind, [5] currency, [6] amount,
        -- [7] day, [8] month, [9] first day of the 30-day window, [10] per-transfer limit, [11] unverified
        -- 30-day spending limit, [12] daily cap, [13] monthly cap, [14] unverified balance limit; then the
        -- movement's own arguments from ARGV[15].
        local prior = redis.call('GET', KEYS[1])
        if prior then return {'=', prior} end
        -- The limits (ARGV[9] to [14]) are read with tonumber() where a check needs them, not before.
        local fp, id, now, kind, cur = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
        local amount, day, month = tonumber(ARGV[6]), ARGV[7], ARGV[8]
        local pField, hField, iField = 'p:' .. cur, 'h:' .. cur, 'i:' .. cur
        local dayField, monthField = 'd:' .. cur .. ':' .. day, 'm:' .. cur .. ':' .. month
        local entry = {id, kind}
        local stale = {'?', ''}

        local function int(x)
          if x == 0 then return '0' end
          return string.format('%d', x)
        end
        local function num(v) return tonumber(v) or 0 end
        local function money(x) if x then return int(x) end return '' end

        -- R|reason|currency|limit|used|available|tier|account|at ('' for what the rejection does not carry)
        local function rejection(reason, f)
          f = f or {}
          return 'R|' .. reason .. '|' .. cur .. '|' .. money(f.limit) .. '|' .. money(f.used) .. '|'
            .. money(f.available) .. '|' .. (f.tier or '') .. '|' .. (f.account or '') .. '|' .. (f.at or '')
        end

        local function outcome(result)
          redis.call('SET', KEYS[1], fp .. '\n' .. result)
          return {'+', result}
        end

        local function feeOf(value, bps) return math.floor((value * bps + 5000) / 10000) end

        -- Post: every posting writes the posted field (even 0), so the currency shows in the balances. Numbers
        -- go to Redis through int(): Redis would write -(0) as "-0", which HINCRBY refuses.
        local function post(key, account, posted, held, incoming)
          local p, h, i = int(posted), int(held), int(incoming)
          redis.call('HINCRBY', key, pField, p)
          if held ~= 0 then redis.call('HINCRBY', key, hField, h) end
          if incoming ~= 0 then redis.call('HINCRBY', key, iField, i) end
          entry[#entry + 1] = account .. '|' .. cur .. '|' .. p .. '|' .. h .. '|' .. i
        end

        -- A system account exists once posted to.
        local function postSystem(key, account, posted)
          redis.call('SADD', KEYS[3], account)
          post(key, account, posted, 0, 0)
        end

        local function postFee(key, account, fee)
          if fee ~= 0 then postSystem(key, account, fee) end
        end

        -- Record: a statement line (id|kind|counterparty|currency|amount|held|fee|phone bill|reference|at). Only
        -- people, charities and merchants get them, and no movement writes one for a system account.
        local function record(key, counterparty, value, held, fee, bill, reference)
          redis.call('LPUSH', key, id .. '|' .. kind .. '|' .. counterparty .. '|' .. cur .. '|' .. int(value) .. '|'
            .. int(held) .. '|' .. int(fee) .. '|' .. int(bill) .. '|' .. (reference or '') .. '|' .. now)
        end

        -- Complete: the journal entry, then the receipt
        -- C|kind|from|to|currency|amount|fee|at|expires|carrier spent|carrier cap|warning|donations blocked.
        local function complete(from, to, value, fee, tail)
          redis.call('RPUSH', KEYS[2], table.concat(entry, '|'))
          return outcome('C|' .. kind .. '|' .. from .. '|' .. to .. '|' .. cur .. '|' .. int(value) .. '|' .. int(fee)
            .. '|' .. now .. '|' .. (tail or '||||'))
        end

        """;

    /// <summary>
    /// The checks of movements that spend from a person or credit one (TransactionLimit, SpendingLimits, Funds,
    /// BalanceLimit), and counting today's spending.
    /// </summary>
    private const string Limits = """
        -- Spend (today): today's spending was read with the checks, so one HSET of the new values does what
        -- two HINCRBY would.
        local function spendToday(key, today, thisMonth)
          redis.call('HSET', key, dayField, int(today + amount), monthField, int(thisMonth + amount))
        end

        local function transactionLimit()
          local txMax = tonumber(ARGV[10])
          if amount > txMax then return rejection('OverTransactionLimit', {limit = txMax}) end
        end

        -- The unverified 30-day limit (the last 30 days' fields, read only for the unverified), then the daily
        -- cap, then the monthly cap.
        local function spendingLimits(key, tier, today, thisMonth)
          if tier == 'Unverified' then
            local fields = {}
            for d = tonumber(ARGV[9]), tonumber(day) do fields[#fields + 1] = 'd:' .. cur .. ':' .. d end
            local spent = redis.call('HMGET', key, unpack(fields))
            local rolling, limit = 0, tonumber(ARGV[11])
            for i = 1, #fields do rolling = rolling + num(spent[i]) end
            if rolling + amount > limit then
              return rejection('OverUnverifiedSpending', {limit = limit, used = rolling, tier = 'Unverified'})
            end
          end
          local dailyCap = tonumber(ARGV[12])
          if today + amount > dailyCap then
            return rejection('OverDailyCap', {limit = dailyCap, used = today, tier = tier})
          end
          local monthlyCap = tonumber(ARGV[13])
          if thisMonth + amount > monthlyCap then
            return rejection('OverMonthlyCap', {limit = monthlyCap, used = thisMonth, tier = tier})
          end
        end

        local function funds(posted, held, needed, named)
          local available = num(posted) - num(held)
          if available < needed then return rejection('InsufficientFunds', {available = available, account = named}) end
        end

        -- An unverified person may not hold more than the unverified limit.
        local function balanceLimit(recipientKind, tier, posted, value, account)
          if recipientKind == 'Person' and tier == 'Unverified' then
            local limit = tonumber(ARGV[14])
            if num(posted) + value > limit then
              return rejection('RecipientOverBalanceLimit', {limit = limit, account = account, tier = 'Unverified'})
            end
          end
        end

        """;

    /// <summary>What movements resolving an earlier one (pending transfer, hold) need.</summary>
    private const string Resolved = """
        local function pendingResolved(state)
          if state == 'Claimed' then return rejection('PendingAlreadyClaimed') end
          if state == 'Returned' then return rejection('PendingAlreadyReturned') end
        end

        local function holdResolved(state)
          if state == 'Captured' then return rejection('HoldAlreadyCaptured') end
          if state == 'Voided' then return rejection('HoldAlreadyVoided') end
        end

        -- Spend: counts (or, negative, gives back) spending on the day and month it was first counted.
        local function spend(key, value, onDay, inMonth)
          if value ~= 0 then
            redis.call('HINCRBY', key, 'd:' .. cur .. ':' .. onDay, int(value))
            redis.call('HINCRBY', key, 'm:' .. cur .. ':' .. inMonth, int(value))
          end
        end

        """;

    /// <summary>
    /// Opens an account unless it exists. KEYS[1] the account, [2] the set of accounts; ARGV[1] tier, [2] fee,
    /// [3] id, [4] '1' when the request cannot be normalized (the caller throws, but only for a new account).
    /// Answers {'=' or '+', tier, fee}, or {'!'} for an invalid new account.
    /// </summary>
    public const string OpenAccount = """
        local existing = redis.call('HMGET', KEYS[1], 'tier', 'fee')
        if existing[1] then return {'=', existing[1], existing[2]} end
        if ARGV[4] == '1' then return {'!'} end
        redis.call('HSET', KEYS[1], 'tier', ARGV[1], 'fee', ARGV[2])
        redis.call('SADD', KEYS[2], ARGV[3])
        return {'+', ARGV[1], ARGV[2]}
        """;

    /// <summary>
    /// Sets one field of an existing account (tier or fee). KEYS[1] the account; ARGV[1] the field, [2] its value,
    /// [3] the other field to answer. Answers {value, other}, or nil when there is no such account.
    /// </summary>
    public const string SetAccountField = """
        if redis.call('HEXISTS', KEYS[1], 'tier') == 0 then return false end
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        return {ARGV[2], redis.call('HGET', KEYS[1], ARGV[3])}
        """;

    /// <summary>
    /// Sets a phone line's preferences. KEYS[1] the line; ARGV[1] its cap ('' keeps it), [2] '1' or '0' for its
    /// donation block ('' keeps it), [3] this month's spending field. Answers {cap, blocked, spent}.
    /// </summary>
    public const string SetCarrierPreferences = """
        if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'cap', ARGV[1]) end
        if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'blocked', ARGV[2]) end
        return redis.call('HMGET', KEYS[1], 'cap', 'blocked', ARGV[3])
        """;
}
