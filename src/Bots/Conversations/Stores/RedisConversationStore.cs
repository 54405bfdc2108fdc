using System.Globalization;
using System.Security.Cryptography;
using StackExchange.Redis;

namespace Conversational.Bots.Conversations.Stores;

/// <summary>
/// Conversations in Redis, with the same behaviour as <see cref="InMemoryConversationStore"/>, shared by every
/// instance of the service. Keys are laid out in docs/redis-keys.md, all under one hash tag <c>{prefix}</c>. A save is
/// one Lua script: the version check, the data, the message's replies under its deduplication key (expiring after
/// the deduplication period) and the person's place in the unsettled set, or nothing at all.
/// </summary>
/// <remarks>
/// Redis errors (<see cref="RedisConnectionException"/>, <see cref="RedisTimeoutException"/>...) are thrown as they
/// are: the caller decides what an unanswered save means. The deduplication keys expire by Redis's own clock; the
/// <see cref="TimeProvider"/> only paces and bounds the wait for a person's lock.
/// </remarks>
public sealed class RedisConversationStore : IConversationStore
{
    /// <summary>
    /// KEYS[1] conv:&lt;person&gt;, [2] in:&lt;deduplication key&gt;, [3] unsettled. ARGV[1] expected version, [2] data JSON,
    /// [3] replies JSON, [4] deduplication period in ms, [5] person, [6] 1 when the person has unsettled transfers or captures, [7]
    /// the conversation's language ('' for none), [8] the chats that said STOP (<see cref="StoppedField"/>; both kept
    /// beside the JSON for notices). Answers 1 when saved, 0 (nothing written) when the version moved on.
    /// </summary>
    private const string SaveScript = """
        local version = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
        if version ~= tonumber(ARGV[1]) then return 0 end
        redis.call('HSET', KEYS[1], 'json', ARGV[2], 'lang', ARGV[7], 'optout', ARGV[8])
        redis.call('HINCRBY', KEYS[1], 'version', 1)
        redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
        if ARGV[6] == '1' then redis.call('SADD', KEYS[3], ARGV[5]) else redis.call('SREM', KEYS[3], ARGV[5]) end
        return 1
        """;

    /// <summary>
    /// KEYS[1] in:&lt;deduplication key&gt;, [2] lock:&lt;person&gt;, [3] conv:&lt;person&gt;. ARGV[1] a new holder's token,
    /// [2] the lease in ms. Answers {1, replies JSON} for a message already handled, {0} when someone else holds the
    /// person, else {2, data JSON or '', version}: the person held and loaded.
    /// </summary>
    private const string OpenTurnScript = """
        local done = redis.call('GET', KEYS[1])
        if done then return {1, done} end
        if not redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return {0} end
        local c = redis.call('HMGET', KEYS[3], 'json', 'version')
        return {2, c[1] or '', c[2] or '0'}
        """;

    /// <summary>
    /// Queues a notice unless its person's chats said STOP: <c>notice(conv key, a, k)</c> reads ARGV[a] the number i of
    /// identities, [a+1..a+4] the reply JSON in English, French, Arabic and for a conversation without a language, [a+5..]
    /// the identities; KEYS[k..] an out:&lt;identity&gt; and outbox:&lt;channel&gt; pair per identity. Queues for the identities
    /// not among the conversation's <c>optout</c> field (one per line; <c>*</c>, or the former per-person <c>1</c>, for all).
    /// Answers 1 when queued, 0 when every identity said STOP, -1 when the conversation was saved before its language was
    /// kept beside it (the caller reads the conversation instead).
    /// </summary>
    private const string NoticeFunction = """
        local function notice(conv, a, k)
          local f = redis.call('HMGET', conv, 'lang', 'optout')
          if not f[1] and redis.call('HEXISTS', conv, 'json') == 1 then return -1 end
          if f[2] == '*' or f[2] == '1' then return 0 end
          local reply = ARGV[a + 4]
          if f[1] == 'en' then reply = ARGV[a + 1] elseif f[1] == 'fr' then reply = ARGV[a + 2] elseif f[1] == 'ar' then reply = ARGV[a + 3] end
          local stopped = '\n' .. (f[2] or '') .. '\n'
          local queued = 0
          for i = 1, tonumber(ARGV[a]) do
            local identity = ARGV[a + 4 + i]
            if not string.find(stopped, '\n' .. identity .. '\n', 1, true) then
              redis.call('RPUSH', KEYS[k + 2 * i - 2], reply)
              redis.call('SADD', KEYS[k + 2 * i - 1], identity)
              queued = 1
            end
          end
          return queued
        end

        """;

    /// <summary>The languages a notice is written in beforehand, in <see cref="NoticeFunction"/>'s order (then none).</summary>
    private static readonly string[] NoticeLanguages = ["en", "fr", "ar"];

    /// <summary>
    /// <see cref="SaveScript"/>'s KEYS and ARGV, then KEYS[4] lock:&lt;person&gt;, [5] out:&lt;identity&gt;, [6]
    /// outbox:&lt;channel&gt;, then per notice conv:&lt;its person&gt; and its identities' pairs (<see cref="NoticeFunction"/>);
    /// ARGV[9] the holder's token, [10] the identity to queue the replies for ('' for none), [11] the number r of replies
    /// to queue, [12..11+r] each reply's JSON, then the number of notices and each notice's arguments. Saves (or not, as
    /// SaveScript), queues the replies and the notices when saved, and always lets the person go if the token still holds
    /// them. Answers {1 when saved, then the numbers of the notices the caller must queue itself (-1 above)}.
    /// </summary>
    private const string SaveAndReleaseScript = NoticeFunction + """
        local saved = 0
        local late = {}
        local version = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
        if version == tonumber(ARGV[1]) then
          redis.call('HSET', KEYS[1], 'json', ARGV[2], 'lang', ARGV[7], 'optout', ARGV[8])
          redis.call('HINCRBY', KEYS[1], 'version', 1)
          redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
          if ARGV[6] == '1' then redis.call('SADD', KEYS[3], ARGV[5]) else redis.call('SREM', KEYS[3], ARGV[5]) end
          local r = tonumber(ARGV[11])
          if ARGV[10] ~= '' and r > 0 then
            for i = 12, 11 + r do redis.call('RPUSH', KEYS[5], ARGV[i]) end
            redis.call('SADD', KEYS[6], ARGV[10])
          end
          local a, k = 13 + r, 7
          for n = 1, tonumber(ARGV[12 + r]) do
            if notice(KEYS[k], a, k + 1) == -1 then late[#late + 1] = n end
            k = k + 1 + 2 * tonumber(ARGV[a])
            a = a + 5 + tonumber(ARGV[a])
          end
          saved = 1
        end
        if redis.call('GET', KEYS[4]) == ARGV[9] then redis.call('DEL', KEYS[4]) end
        return {saved, unpack(late)}
        """;

    /// <summary>
    /// KEYS[1] conv:&lt;person&gt;, then the identities' pairs; ARGV as <see cref="NoticeFunction"/> reads them from ARGV[1].
    /// Answers as <see cref="NoticeFunction"/>.
    /// </summary>
    private const string QueueNoticeScript = NoticeFunction + """
        return notice(KEYS[1], 1, 2)
        """;

    /// <summary>KEYS[1] lock:&lt;person&gt;, ARGV[1] the holder's token: deletes the lock only if it is still the holder's.</summary>
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    /// <summary>KEYS[1] out:&lt;identity&gt;, [2] outbox:&lt;channel&gt;, ARGV[1] the identity: the whole list, oldest first, and
    /// the list gone (the identity unlisted), in one step.</summary>
    private const string DequeueScript = """
        local items = redis.call('LRANGE', KEYS[1], 0, -1)
        if #items > 0 then redis.call('DEL', KEYS[1]) end
        redis.call('SREM', KEYS[2], ARGV[1])
        return items
        """;

    /// <summary>KEYS[1] out:&lt;identity&gt;, [2] outbox:&lt;channel&gt;. ARGV[1] the message, [2] the identity: queued, and the identity
    /// listed among its channel's recipients with messages.</summary>
    private const string EnqueueScript = """
        redis.call('RPUSH', KEYS[1], ARGV[1])
        redis.call('SADD', KEYS[2], ARGV[2])
        return 1
        """;

    /// <summary>KEYS as for <see cref="EnqueueScript"/>, ARGV[1] the identity: the oldest message gone, and the identity
    /// unlisted once its queue is empty.</summary>
    private const string RemoveFirstScript = """
        redis.call('LPOP', KEYS[1])
        if redis.call('LLEN', KEYS[1]) == 0 then redis.call('SREM', KEYS[2], ARGV[1]) end
        return 1
        """;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromMilliseconds(50);
    private static readonly RedisValue[] ConversationFields = ["json", "version"];

    private readonly IConnectionMultiplexer _redis;
    private readonly TimeProvider _time;
    private readonly TimeSpan _deduplicationPeriod;
    private readonly string _tag;

    public RedisConversationStore(
        IConnectionMultiplexer redis, TimeProvider time, string keyPrefix = "c", TimeSpan? deduplicationPeriod = null)
    {
        _redis = redis ?? throw new ArgumentNullException(nameof(redis));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _deduplicationPeriod = deduplicationPeriod ?? ConversationSettings.DefaultDeduplicationPeriod;
        if (_deduplicationPeriod < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(deduplicationPeriod), deduplicationPeriod, "Must be at least 1 ms.");
        }
        _tag = HashTag(keyPrefix);
    }

    private IDatabase Db => _redis.GetDatabase();

    private RedisKey UnsettledKey => _tag + "unsettled";

    public async Task<StoredConversation> LoadAsync(string person, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var fields = await Db.HashGetAsync(ConversationKey(person), ConversationFields).WaitAsync(cancellationToken).ConfigureAwait(false);
        return fields[0].IsNull
            ? new StoredConversation(new ConversationData(), 0)
            : new StoredConversation(ConversationJson.ReadData((string)fields[0]!), (long)fields[1]);
    }

    public async Task<IReadOnlyList<OutboundReply>?> FindRepliesAsync(string deduplicationKey, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = await Db.StringGetAsync(HandledKey(deduplicationKey)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return json.IsNull ? null : ConversationJson.ReadReplies((string)json!);
    }

    public async Task<bool> SaveAsync(
        string person, ConversationData data, long expectedVersion, string deduplicationKey, IReadOnlyList<OutboundReply> replies,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(replies);
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys = [ConversationKey(person), HandledKey(deduplicationKey), UnsettledKey];
        RedisValue[] values =
        [
            expectedVersion.ToString(CultureInfo.InvariantCulture),
            ConversationJson.Write(data),
            ConversationJson.Write(replies),
            ((long)_deduplicationPeriod.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            person,
            data.HasUnsettled ? "1" : "0",
            data.Language ?? "",
            StoppedField(data),
        ];
        var saved = await Db.ScriptEvaluateAsync(SaveScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)saved == 1;
    }

    /// <summary>
    /// One round trip (<see cref="OpenTurnScript"/>), tried again as <see cref="LockAsync"/> is while someone else holds
    /// the person.
    /// </summary>
    public async Task<OpenedTurn> OpenTurnAsync(string person, string deduplicationKey, CancellationToken cancellationToken = default)
    {
        RedisKey[] keys = [HandledKey(deduplicationKey), LockKey(person), ConversationKey(person)];
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        RedisValue[] values = [token, (long)ConversationSettings.LockLease.TotalMilliseconds];
        var started = _time.GetTimestamp();
        var delay = FirstRetryDelay;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Not cut short by the token, as in LockAsync: a hold taken after we stopped waiting would stay a whole lease.
            var answer = (RedisResult[])(await Db.ScriptEvaluateAsync(OpenTurnScript, keys, values).ConfigureAwait(false))!;
            switch ((int)answer[0])
            {
                case 1:
                    return OpenedTurn.Replay(ConversationJson.ReadReplies((string)answer[1]!));
                case 2:
                    var json = (string)answer[1]!;
                    var conversation = json.Length == 0
                        ? new StoredConversation(new ConversationData(), 0)
                        : new StoredConversation(ConversationJson.ReadData(json), (long)answer[2]);
                    return OpenedTurn.Held(conversation, new Release(this, LockKey(person), token), token);
                default:
                    break;
            }
            var left = ConversationSettings.LockWait - _time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The conversation of {person} stayed busy.");
            }
            await Task.Delay(delay < left ? delay : left, _time, cancellationToken).ConfigureAwait(false);
            delay = delay * 2 < LongestRetryDelay ? delay * 2 : LongestRetryDelay;
        }
    }

    /// <summary>One atomic step (<see cref="SaveAndReleaseScript"/>).</summary>
    public async Task<bool> SaveAndReleaseAsync(
        string person, OpenedTurn turn, ConversationData data, string deduplicationKey, IReadOnlyList<OutboundReply> replies,
        ChannelIdentity? queueFor, IReadOnlyList<QueuedNotice> notices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(notices);
        if (turn.Conversation is not { } loaded || turn.HoldToken is not { } token)
        {
            throw new InvalidOperationException("Only a turn this store opened and held can be saved.");
        }
        var conversationKey = ConversationKey(person);
        var keys = new List<RedisKey>
        {
            conversationKey, HandledKey(deduplicationKey), UnsettledKey, LockKey(person),
            queueFor is null ? conversationKey : OutboxKey(queueFor),
            queueFor is null ? conversationKey : OutboxRecipientsKey(queueFor.Channel),
        };
        var queued = queueFor is null ? [] : replies;
        var values = new List<RedisValue>
        {
            loaded.Version.ToString(CultureInfo.InvariantCulture),
            ConversationJson.Write(data),
            ConversationJson.Write(replies),
            ((long)_deduplicationPeriod.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            person,
            data.HasUnsettled ? "1" : "0",
            data.Language ?? "",
            StoppedField(data),
            token,
            queueFor?.Key ?? "",
            queued.Count,
        };
        values.AddRange(queued.Select(reply => (RedisValue)ConversationJson.Write(reply)));
        values.Add(notices.Count);
        foreach (var notice in notices)
        {
            keys.Add(ConversationKey(notice.Person));
            AddNotice(keys, values, notice.Identities, notice.Write);
        }
        RedisResult[] answer;
        try
        {
            // Not cut short by the token: the script lets the person go, or disposing the turn below does.
            answer = (RedisResult[])(await Db.ScriptEvaluateAsync(SaveAndReleaseScript, [.. keys], [.. values]).ConfigureAwait(false))!;
            turn.Released();
        }
        finally
        {
            await turn.DisposeAsync().ConfigureAwait(false);
        }
        for (var i = 1; i < answer.Length; i++)
        {
            // The turn is saved: a notice to a conversation from before `lang` was kept is queued after it, and its
            // failure must not make the caller think the turn failed (it would answer so, and run it again).
            var late = notices[(int)answer[i] - 1];
            try
            {
                await QueueNoticeAsync(late.Person, late.Identities, late.Write, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // Lost, as a notice was before it was queued with the save; only such old conversations get here.
            }
        }
        return (int)answer[0] == 1;
    }

    /// <summary>A notice's KEYS (each identity's out: and outbox: keys) and ARGV, as <see cref="NoticeFunction"/> reads them.</summary>
    private void AddNotice(List<RedisKey> keys, List<RedisValue> values, IReadOnlyList<ChannelIdentity> identities, Func<string?, OutboundReply> write)
    {
        values.Add(identities.Count);
        foreach (var tag in NoticeLanguages)
        {
            values.Add(ConversationJson.Write(write(tag)));
        }
        values.Add(ConversationJson.Write(write(null)));
        foreach (var identity in identities)
        {
            keys.Add(OutboxKey(identity));
            keys.Add(OutboxRecipientsKey(identity.Channel));
            values.Add(identity.Key);
        }
    }

    /// <summary>
    /// <c>SET lock:&lt;person&gt; &lt;random token&gt; NX PX &lt;lease&gt;</c>, tried again after 2, 4, 8... up to 50 ms
    /// until <see cref="ConversationSettings.LockWait"/> has passed. The lease frees the person if this instance dies
    /// while holding them.
    /// </summary>
    public async Task<IAsyncDisposable> LockAsync(string person, CancellationToken cancellationToken = default)
    {
        var key = LockKey(person);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var started = _time.GetTimestamp();
        var delay = FirstRetryDelay;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Not cut short by the token: a SET that succeeded after we stopped waiting would hold the person for a
            // whole lease with nobody to release it.
            if (await Db.StringSetAsync(key, token, ConversationSettings.LockLease, When.NotExists).ConfigureAwait(false))
            {
                return new Release(this, key, token);
            }
            var left = ConversationSettings.LockWait - _time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The conversation of {person} stayed busy.");
            }
            await Task.Delay(delay < left ? delay : left, _time, cancellationToken).ConfigureAwait(false);
            delay = delay * 2 < LongestRetryDelay ? delay * 2 : LongestRetryDelay;
        }
    }

    /// <summary>Up to <paramref name="max"/> persons (<c>SRANDMEMBER</c>: a sweep that takes fewer than all still reaches
    /// everyone over time).</summary>
    public async Task<IReadOnlyList<string>> ListUnsettledAsync(int max, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (max <= 0)
        {
            return [];
        }
        var members = await Db.SetRandomMembersAsync(UnsettledKey, max).WaitAsync(cancellationToken).ConfigureAwait(false);
        return [.. members.Select(m => (string)m!)];
    }

    public async Task EnqueueAsync(ChannelIdentity recipient, OutboundReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(reply);
        cancellationToken.ThrowIfCancellationRequested();
        await Db.ScriptEvaluateAsync(EnqueueScript, [OutboxKey(recipient), OutboxRecipientsKey(recipient.Channel)],
            [ConversationJson.Write(reply), recipient.Key]).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One step (<see cref="QueueNoticeScript"/>), the reply written beforehand in each of the service's languages.</summary>
    public async Task<bool> QueueNoticeAsync(
        string person, IReadOnlyList<ChannelIdentity> identities, Func<string?, OutboundReply> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identities);
        ArgumentNullException.ThrowIfNull(write);
        cancellationToken.ThrowIfCancellationRequested();
        List<RedisKey> keys = [ConversationKey(person)];
        var values = new List<RedisValue>();
        AddNotice(keys, values, identities, write);
        var queued = (int)await Db.ScriptEvaluateAsync(QueueNoticeScript, [.. keys], [.. values]).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (queued >= 0)
        {
            return queued == 1;
        }
        var theirs = await LoadAsync(person, cancellationToken).ConfigureAwait(false);
        return await IConversationStore.QueueUnlessStoppedAsync(this, theirs.Data, identities, write, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ChannelIdentity>> ListOutboxRecipientsAsync(
        IReadOnlyCollection<string> channels, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var found = new List<ChannelIdentity>();
        foreach (var channel in channels)
        {
            var members = await Db.SetRandomMembersAsync(OutboxRecipientsKey(channel), max - found.Count).WaitAsync(cancellationToken).ConfigureAwait(false);
            found.AddRange(members.Select(m => ChannelIdentity.FromKey((string)m!)));
            if (found.Count >= max)
            {
                break;
            }
        }
        return found;
    }

    public async Task<OutboundReply?> PeekAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var first = await Db.ListGetByIndexAsync(OutboxKey(recipient), 0).WaitAsync(cancellationToken).ConfigureAwait(false);
        return first.IsNull ? null : ConversationJson.ReadReply((string)first!);
    }

    public async Task RemoveFirstAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        await Db.ScriptEvaluateAsync(RemoveFirstScript, [OutboxKey(recipient), OutboxRecipientsKey(recipient.Channel)], [recipient.Key])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboundReply>> DequeueAllAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        cancellationToken.ThrowIfCancellationRequested();
        var items = await Db.ScriptEvaluateAsync(DequeueScript, [OutboxKey(recipient), OutboxRecipientsKey(recipient.Channel)], [recipient.Key])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return [.. ((RedisValue[])items!).Select(item => ConversationJson.ReadReply((string)item!))];
    }

    /// <summary>The conversation's <c>optout</c> field, kept beside its JSON for notices: the chats that said STOP, one per
    /// line, or <c>*</c> for every chat (data from when STOP was one flag per person).</summary>
    private static string StoppedField(ConversationData data) =>
        data.StoppedEverywhere ? "*" : string.Join('\n', data.StoppedChats);

    /// <summary>"{prefix}:", checked: an empty tag ("{}") would hash the whole key, and a brace would end it early.</summary>
    private static string HashTag(string keyPrefix)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        if (keyPrefix.Length == 0 || keyPrefix.AsSpan().ContainsAny('{', '}') || keyPrefix.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("The key prefix must be non-empty, without braces or spaces.", nameof(keyPrefix));
        }
        return "{" + keyPrefix + "}:";
    }

    /// <summary>Hash: <c>json</c> (the <see cref="ConversationData"/>) and <c>version</c>.</summary>
    private RedisKey ConversationKey(string person) => _tag + "conv:" + person;

    /// <summary>String: the replies given to a handled message, expiring after the deduplication period.</summary>
    private RedisKey HandledKey(string deduplicationKey) => _tag + "in:" + deduplicationKey;

    /// <summary>List: the outbox of one channel identity, oldest first.</summary>
    private RedisKey OutboxKey(ChannelIdentity identity) => _tag + "out:" + identity.Key;

    /// <summary>Set: the identities of one channel whose outbox has messages (for the channels that push them).</summary>
    private RedisKey OutboxRecipientsKey(string channel) => _tag + "outbox:" + channel;

    /// <summary>String: the random token of whoever holds the person, with the lease as its expiry.</summary>
    private RedisKey LockKey(string person) => _tag + "lock:" + person;

    /// <summary>Releases once, and only the lock this holder took: after its lease ran out, the key may be someone else's.</summary>
    private sealed class Release(RedisConversationStore store, RedisKey key, string token) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                await store.Db.ScriptEvaluateAsync(ReleaseScript, [key], [token]).ConfigureAwait(false);
            }
        }
    }
}
