using System.Globalization;
using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Conversations;
using Conversational.Wallet;
using StackExchange.Redis;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// The advisor desk in Redis, with the same behaviour as <see cref="InMemoryAdvisorDesk"/>, shared by every instance
/// of the service. Keys are laid out in docs/redis-keys.md ("Commerce keys"), all under one hash tag <c>{prefix}</c>.
/// A case is a hash (what it was opened with, and when it closed) and a list of its messages, so adding a message is
/// one <c>RPUSH</c> in a script that checks the case is open. Opening, appending, closing and forgetting a case are each
/// one Lua script. Redis errors are thrown as they are.
/// </summary>
public sealed class RedisAdvisorDesk : IAdvisorDesk
{
    /// <summary>
    /// KEYS[1] case:&lt;id&gt;, [2] case-messages:&lt;id&gt;, [3] open-case:&lt;person&gt;, [4] open-cases:&lt;merchant&gt;,
    /// [5] person-cases:&lt;person&gt;. ARGV[1] id, [2] case JSON (without messages), [3] opened (ms), [4...] each
    /// message's JSON. Answers '' when it opened the case, else the id of the case to give back: the person's open one,
    /// or the one with this id.
    /// </summary>
    private const string OpenScript = """
        local open = redis.call('GET', KEYS[3])
        if open then return open end
        if redis.call('EXISTS', KEYS[1]) == 1 then return ARGV[1] end
        redis.call('HSET', KEYS[1], 'json', ARGV[2])
        for i = 4, #ARGV do redis.call('RPUSH', KEYS[2], ARGV[i]) end
        redis.call('SET', KEYS[3], ARGV[1])
        redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
        redis.call('SADD', KEYS[5], ARGV[1])
        return ''
        """;

    /// <summary>KEYS[1] case:&lt;id&gt;, [2] case-messages:&lt;id&gt;. Answers {JSON, closed ('' while open), messages}, or nil.</summary>
    private const string ReadScript = """
        local case = redis.call('HMGET', KEYS[1], 'json', 'closed')
        if not case[1] then return false end
        return {case[1], case[2] or '', redis.call('LRANGE', KEYS[2], 0, -1)}
        """;

    /// <summary>KEYS as for <see cref="ReadScript"/>, ARGV[1] the message's JSON: added only to an open case. Answers the
    /// case after as <see cref="ReadScript"/> does, or nil when it is closed or unknown.</summary>
    private const string AppendScript = """
        local case = redis.call('HMGET', KEYS[1], 'json', 'closed')
        if not case[1] or case[2] then return false end
        redis.call('RPUSH', KEYS[2], ARGV[1])
        return {case[1], '', redis.call('LRANGE', KEYS[2], 0, -1)}
        """;

    /// <summary>
    /// KEYS[1] case:&lt;id&gt;, [2] case-messages:&lt;id&gt;, [3] open-case:&lt;person&gt;, [4] open-cases:&lt;merchant&gt;.
    /// ARGV[1] closed at (round-trip text), [2] id. Closes an open case (a closed one keeps its time) and answers the
    /// case after as <see cref="ReadScript"/> does, or nil when unknown.
    /// </summary>
    private const string CloseScript = """
        local case = redis.call('HMGET', KEYS[1], 'json', 'closed')
        if not case[1] then return false end
        local closed = case[2]
        if not closed then
          closed = ARGV[1]
          redis.call('HSET', KEYS[1], 'closed', closed)
          if redis.call('GET', KEYS[3]) == ARGV[2] then redis.call('DEL', KEYS[3]) end
          redis.call('ZREM', KEYS[4], ARGV[2])
        end
        return {case[1], closed, redis.call('LRANGE', KEYS[2], 0, -1)}
        """;

    /// <summary>
    /// KEYS[1] case:&lt;id&gt;, [2] case-messages:&lt;id&gt;, [3] open-case:&lt;person&gt;, [4] open-cases:&lt;merchant&gt;.
    /// ARGV[1] the case JSON as read, [2] it with the channel ("deleted", id), [3] closed at (round-trip text), [4] id,
    /// [5] "[deleted]". The case JSON never changes but by this script (to the same result every time), so it is
    /// rewritten in C#; if it is not the one read, the script answers -1 and writes nothing. The messages are rewritten
    /// here, in the same script that closes the case, so none appended meanwhile escapes: each of the person's
    /// (<c>FromAdvisor</c> false) whose text is not "[deleted]" yet is decoded, given that text and encoded again with
    /// cjson (its keys may come in another order; readers do not mind). Closes an open case as <see cref="CloseScript"/>
    /// does (a closed one keeps its time). Answers 1 when it changed something, 0 when nothing was left (or the case is
    /// gone).
    /// </summary>
    private const string ForgetScript = """
        local case = redis.call('HMGET', KEYS[1], 'json', 'closed')
        if not case[1] then return 0 end
        if case[1] ~= ARGV[1] then return -1 end
        local changed = 0
        if case[1] ~= ARGV[2] then
          redis.call('HSET', KEYS[1], 'json', ARGV[2])
          changed = 1
        end
        if not case[2] then
          redis.call('HSET', KEYS[1], 'closed', ARGV[3])
          if redis.call('GET', KEYS[3]) == ARGV[4] then redis.call('DEL', KEYS[3]) end
          redis.call('ZREM', KEYS[4], ARGV[4])
          changed = 1
        end
        for i, json in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
          local message = cjson.decode(json)
          if message.FromAdvisor ~= true and message.Text ~= ARGV[5] then
            message.Text = ARGV[5]
            redis.call('LSET', KEYS[2], i - 1, cjson.encode(message))
            changed = 1
          end
        end
        return changed
        """;

    /// <summary>How many times a case whose JSON changed since it was read (forgotten meanwhile) is read again.</summary>
    private const int StaleReadAttempts = 3;

    private readonly IConnectionMultiplexer _redis;
    private readonly string _tag;

    public RedisAdvisorDesk(IConnectionMultiplexer redis, string keyPrefix = "m")
    {
        _redis = redis ?? throw new ArgumentNullException(nameof(redis));
        _tag = StoreRules.HashTag(keyPrefix);
    }

    private IDatabase Db => _redis.GetDatabase();

    public async Task<AdvisorCase> OpenAsync(AdvisorCase newCase, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckOpening(newCase);
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys =
        [
            CaseKey(newCase.Id), MessagesKey(newCase.Id), OpenCaseKey(newCase.Person), OpenCasesKey(newCase.Merchant),
            PersonCasesKey(newCase.Person),
        ];
        RedisValue[] values =
        [
            newCase.Id, CommerceJson.Write(newCase with { Messages = [] }), StoreRules.Millis(newCase.OpenedAt),
            .. newCase.Messages.Select(m => (RedisValue)CommerceJson.Write(m)),
        ];
        var answer = (string)(await Db.ScriptEvaluateAsync(OpenScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false))!;
        if (answer.Length == 0)
        {
            return newCase;
        }
        return await GetAsync(answer, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Opening {newCase.Id} found case {answer}, which is gone.");
    }

    public async Task<AdvisorCase?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = await Db.ScriptEvaluateAsync(ReadScript, [CaseKey(id), MessagesKey(id)]).WaitAsync(cancellationToken).ConfigureAwait(false);
        return ToCase(result);
    }

    public async Task<AdvisorCase?> FindOpenAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var id = await Db.StringGetAsync(OpenCaseKey(person)).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (id.IsNull)
        {
            return null;
        }
        var open = await GetAsync((string)id!, cancellationToken).ConfigureAwait(false);
        return open is { IsOpen: true } ? open : null;
    }

    public async Task<IReadOnlyList<AdvisorCase>> ListOpenAsync(string merchant, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ids = await Db.SortedSetRangeByRankAsync(OpenCasesKey(merchant)).WaitAsync(cancellationToken).ConfigureAwait(false);
        var cases = await Task.WhenAll(ids.Select(id => GetAsync((string)id!, cancellationToken))).ConfigureAwait(false);
        // A case closed since the range was read is left out, as it would have been a moment later.
        return [.. cases.Where(c => c is { IsOpen: true }).Select(c => c!)];
    }

    public async Task<AdvisorCase?> AppendAsync(string id, AdvisorMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys = [CaseKey(id), MessagesKey(id)];
        var result = await Db.ScriptEvaluateAsync(AppendScript, keys, [CommerceJson.Write(message)])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return ToCase(result);
    }

    /// <summary>The case's person and merchant name two of the script's keys, so its JSON is read first (they never change).</summary>
    public async Task<AdvisorCase?> CloseAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = await Db.HashGetAsync(CaseKey(id), "json").WaitAsync(cancellationToken).ConfigureAwait(false);
        if (json.IsNull)
        {
            return null;
        }
        var opened = CommerceJson.ReadCase((string)json!);
        RedisKey[] keys = [CaseKey(id), MessagesKey(id), OpenCaseKey(opened.Person), OpenCasesKey(opened.Merchant)];
        RedisValue[] values = [at.ToString("O", CultureInfo.InvariantCulture), id];
        var result = await Db.ScriptEvaluateAsync(CloseScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        return ToCase(result);
    }

    /// <summary>
    /// The person's cases are those in <c>person-cases:&lt;person&gt;</c>, plus the one <c>open-case:&lt;person&gt;</c>
    /// names. Cases opened before that set existed (it is written by the Open script) are not in it: a closed one of
    /// those is not found, and stays as it is. Each case is forgotten in one script (<see cref="ForgetScript"/>).
    /// </summary>
    public async Task<int> ForgetPersonAsync(AccountId person, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var db = Db;
        var members = db.SetMembersAsync(PersonCasesKey(person));
        var open = db.StringGetAsync(OpenCaseKey(person));
        await Task.WhenAll(members, open).WaitAsync(cancellationToken).ConfigureAwait(false);
        var ids = (await members.ConfigureAwait(false)).Select(id => (string)id!).ToHashSet(StringComparer.Ordinal);
        var openId = await open.ConfigureAwait(false);
        if (!openId.IsNull)
        {
            ids.Add((string)openId!);
        }
        var changed = 0;
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            changed += await ForgetCaseAsync(id, person, at, cancellationToken).ConfigureAwait(false);
        }
        return changed;
    }

    /// <summary>1 when this call changed the case, 0 when there was nothing left to forget (or it is gone, or not the
    /// person's). The case's person and merchant name two of the script's keys, so its JSON is read first.</summary>
    private async Task<int> ForgetCaseAsync(string id, AccountId person, DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var json = await Db.HashGetAsync(CaseKey(id), "json").WaitAsync(cancellationToken).ConfigureAwait(false);
            if (json.IsNull)
            {
                return 0;
            }
            var opened = CommerceJson.ReadCase((string)json!);
            if (opened.Person != person)
            {
                return 0;
            }
            RedisKey[] keys = [CaseKey(id), MessagesKey(id), OpenCaseKey(person), OpenCasesKey(opened.Merchant)];
            RedisValue[] values =
            [
                json, CommerceJson.Write(opened with { Channel = new ChannelIdentity("deleted", id) }),
                at.ToString("O", CultureInfo.InvariantCulture), id, StoreRules.Deleted,
            ];
            var answer = (int)await Db.ScriptEvaluateAsync(ForgetScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
            switch (answer)
            {
                case >= 0:
                    return answer;
                case -1 when attempt < StaleReadAttempts:
                    continue;   // forgotten by another call in between: read the forgotten JSON
                default:
                    throw new InvalidOperationException($"Forgetting case {id} answered {answer} {StaleReadAttempts} times.");
            }
        }
    }

    /// <summary>The case from a script's {JSON, closed, messages}, or null.</summary>
    private static AdvisorCase? ToCase(RedisResult result)
    {
        if (result.IsNull)
        {
            return null;
        }
        var parts = (RedisResult[])result!;
        var closed = (string)parts[1]!;
        return CommerceJson.ReadCase((string)parts[0]!) with
        {
            Messages = [.. ((RedisValue[])parts[2]!).Select(m => CommerceJson.ReadMessage((string)m!))],
            ClosedAt = closed.Length == 0 ? null : DateTimeOffset.Parse(closed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        };
    }

    /// <summary>Hash: <c>json</c> (the case as opened, without messages) and <c>closed</c> (when, round-trip text;
    /// absent while open).</summary>
    private RedisKey CaseKey(string id) => _tag + "case:" + id;

    /// <summary>List: a case's messages as JSON, oldest first.</summary>
    private RedisKey MessagesKey(string id) => _tag + "case-messages:" + id;

    /// <summary>String: the id of a person's open case.</summary>
    private RedisKey OpenCaseKey(AccountId person) => _tag + "open-case:" + person.Value;

    /// <summary>Sorted set: a merchant's open case ids by opening time (ms).</summary>
    private RedisKey OpenCasesKey(string merchant) => _tag + "open-cases:" + merchant;

    /// <summary>Set: the ids of every case opened for a person (since this set exists), open or closed.</summary>
    private RedisKey PersonCasesKey(AccountId person) => _tag + "person-cases:" + person.Value;
}
