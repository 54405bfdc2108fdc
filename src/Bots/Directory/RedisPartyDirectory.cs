using Conversational.Bots.Conversations;
using Conversational.Wallet;
using StackExchange.Redis;

namespace Conversational.Bots.Directory;

/// <summary>
/// The directory in Redis, with the same behaviour as <see cref="InMemoryPartyDirectory"/>, shared by every instance
/// of the service. Keys are laid out in docs/redis-keys.md, all under one hash tag <c>{prefix}</c>. Creating a person,
/// registering a party and binding an identity are each one Lua script, so the indexes never disagree and two first
/// messages at once from one identity make one person. Handles are stored lower-case. Redis errors are thrown as they
/// are.
/// </summary>
public sealed class RedisPartyDirectory : IPartyDirectory
{
    /// <summary>How many times a registration whose party changed between the first read and the script is tried.</summary>
    private const int StaleReadAttempts = 5;

    /// <summary>
    /// KEYS[1] identity:&lt;identity&gt;, [2] party:&lt;new id&gt;, [3] handle:&lt;handle&gt;, [4] phone:&lt;e164&gt;,
    /// [5] identities:&lt;new id&gt;. ARGV[1] new id, [2] handle, [3] 1 when a handle is wanted, [4] name, [5] 1 when
    /// a phone number is given, [6] the identity. Answers {'=', account} for a bound identity, else {'+', the handle
    /// taken or ''}.
    /// </summary>
    private const string GetOrCreateScript = """
        local known = redis.call('GET', KEYS[1])
        if known then return {'=', known} end
        local handle = ''
        if ARGV[3] == '1' and redis.call('SETNX', KEYS[3], ARGV[1]) == 1 then handle = ARGV[2] end
        redis.call('HSET', KEYS[2], 'name', ARGV[4])
        if handle ~= '' then redis.call('HSET', KEYS[2], 'handle', handle) end
        if ARGV[5] == '1' then redis.call('SETNX', KEYS[4], ARGV[1]) end
        redis.call('SET', KEYS[1], ARGV[1])
        redis.call('RPUSH', KEYS[5], ARGV[6])
        return {'+', handle}
        """;

    /// <summary>
    /// KEYS[1] party:&lt;account&gt;, [2] handle:&lt;new handle&gt;, [3] handle:&lt;old handle&gt;. ARGV[1] account,
    /// [2] new handle, [3] 1 when it has one, [4] name, [5] the old handle as read before ('' for none). Answers 1
    /// when registered, 0 when the handle is another account's, -1 when the old handle changed since it was read.
    /// </summary>
    private const string RegisterScript = """
        if (redis.call('HGET', KEYS[1], 'handle') or '') ~= ARGV[5] then return -1 end
        if ARGV[3] == '1' then
          local owner = redis.call('GET', KEYS[2])
          if owner and owner ~= ARGV[1] then return 0 end
        end
        if ARGV[5] ~= '' and redis.call('GET', KEYS[3]) == ARGV[1] then redis.call('DEL', KEYS[3]) end
        redis.call('HSET', KEYS[1], 'name', ARGV[4])
        if ARGV[3] == '1' then
          redis.call('HSET', KEYS[1], 'handle', ARGV[2])
          redis.call('SET', KEYS[2], ARGV[1])
        else
          redis.call('HDEL', KEYS[1], 'handle')
        end
        return 1
        """;

    /// <summary>
    /// KEYS[1] party:&lt;person&gt;, [2] identity:&lt;identity&gt;, [3] identities:&lt;person&gt;. ARGV[1] person,
    /// [2] the identity. Answers -1 when the party does not exist, else 1 (an identity already bound stays as it is).
    /// </summary>
    private const string BindScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        if redis.call('SETNX', KEYS[2], ARGV[1]) == 1 then redis.call('RPUSH', KEYS[3], ARGV[2]) end
        return 1
        """;

    /// <summary>
    /// KEYS[1] party:&lt;person&gt;, [2] identities:&lt;person&gt;. ARGV[1] person, [2] the tag ("{prefix}:"), [3] the name
    /// left. Deletes the handle, phone and identity indexes that still lead to the person, the identity list and the
    /// handle, and leaves the party with the name only. The index keys are built here from the tag: they are all in
    /// the one hash slot of the tag.
    /// </summary>
    private const string ForgetScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        local handle = redis.call('HGET', KEYS[1], 'handle')
        if handle and redis.call('GET', ARGV[2] .. 'handle:' .. handle) == ARGV[1] then redis.call('DEL', ARGV[2] .. 'handle:' .. handle) end
        for _, identity in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
          if redis.call('GET', ARGV[2] .. 'identity:' .. identity) == ARGV[1] then redis.call('DEL', ARGV[2] .. 'identity:' .. identity) end
          local channel, sender = string.match(identity, '^([^:]*):(.*)$')
          if (channel == 'sms' or channel == 'whatsapp') and redis.call('GET', ARGV[2] .. 'phone:' .. sender) == ARGV[1] then
            redis.call('DEL', ARGV[2] .. 'phone:' .. sender)
          end
        end
        redis.call('DEL', KEYS[2])
        redis.call('HDEL', KEYS[1], 'handle')
        redis.call('HSET', KEYS[1], 'name', ARGV[3])
        return 1
        """;

    /// <summary>
    /// KEYS[1] party:&lt;into&gt;, [2] party:&lt;from&gt; (party:&lt;into&gt; when none), [3] identities:&lt;into&gt;,
    /// [4] identities:&lt;from&gt; (identities:&lt;into&gt; when none). ARGV[1] into, [2] from ('' for none), [3] the tag,
    /// [4...] the identities that must be bound to from (to nobody when none). Answers -1 when a party does not exist,
    /// 0 when an identity is not where the caller saw it, 1 when joined. The identity, phone and handle index keys are
    /// built from the tag, in its one hash slot, as in the forget script.
    /// </summary>
    private const string JoinScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local from = ARGV[2]
        if from ~= '' and redis.call('EXISTS', KEYS[2]) == 0 then return -1 end
        for i = 4, #ARGV do
          if (redis.call('GET', ARGV[3] .. 'identity:' .. ARGV[i]) or '') ~= from then return 0 end
        end
        local moving = {}
        if from == '' then
          for i = 4, #ARGV do moving[#moving + 1] = ARGV[i] end
        else
          moving = redis.call('LRANGE', KEYS[4], 0, -1)
        end
        for _, identity in ipairs(moving) do
          redis.call('SET', ARGV[3] .. 'identity:' .. identity, ARGV[1])
          redis.call('RPUSH', KEYS[3], identity)
          local channel, sender = string.match(identity, '^([^:]*):(.*)$')
          if channel == 'sms' or channel == 'whatsapp' then
            local phone = ARGV[3] .. 'phone:' .. sender
            local had = redis.call('GET', phone)
            if not had or (from ~= '' and had == from) then redis.call('SET', phone, ARGV[1]) end
          end
        end
        if from ~= '' then
          redis.call('DEL', KEYS[4])
          local handle = redis.call('HGET', KEYS[2], 'handle')
          if handle then
            local key = ARGV[3] .. 'handle:' .. handle
            if redis.call('GET', key) == from then
              if redis.call('HEXISTS', KEYS[1], 'handle') == 0 then
                redis.call('SET', key, ARGV[1])
                redis.call('HSET', KEYS[1], 'handle', handle)
              else
                redis.call('DEL', key)
              end
            end
            redis.call('HDEL', KEYS[2], 'handle')
          end
          redis.call('HSET', KEYS[2], 'joined', ARGV[1])
        end
        return 1
        """;

    /// <summary>
    /// KEYS[1] identity:&lt;identity&gt;, [2] identities:&lt;person&gt;, [3] phone:&lt;e164&gt; (identity:&lt;identity&gt;
    /// when the identity is no phone). ARGV[1] person, [2] the identity, [3] its phone number or ''. Answers 0 when the
    /// identity is not the person's, -1 when it is their last one, 1 when unbound; the phone index goes when no other
    /// identity of the person has the number.
    /// </summary>
    private const string UnbindScript = """
        if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
        if redis.call('LLEN', KEYS[2]) <= 1 then return -1 end
        redis.call('DEL', KEYS[1])
        redis.call('LREM', KEYS[2], 0, ARGV[2])
        if ARGV[3] ~= '' and redis.call('GET', KEYS[3]) == ARGV[1] then
          for _, other in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
            local channel, sender = string.match(other, '^([^:]*):(.*)$')
            if (channel == 'sms' or channel == 'whatsapp') and sender == ARGV[3] then return 1 end
          end
          redis.call('DEL', KEYS[3])
        end
        return 1
        """;

    /// <summary>
    /// KEYS[1] linkcodes:&lt;target&gt;. ARGV[1] max, [2] window in ms, [3] now in Unix ms. Answers 1 and counts the
    /// code when fewer than max were sent in the window, else 0. The window's end is the caller's clock (so tests with a
    /// manual clock behave as in memory); the key also expires with the window.
    /// </summary>
    private const string CountLinkCodeScript = """
        local now = tonumber(ARGV[3])
        local ends = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
        local count = 0
        if ends > now then
          count = tonumber(redis.call('HGET', KEYS[1], 'count') or '0')
        else
          ends = now + tonumber(ARGV[2])
        end
        if count >= tonumber(ARGV[1]) then return 0 end
        redis.call('HSET', KEYS[1], 'count', count + 1, 'until', string.format('%.0f', ends))
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    /// <summary>
    /// KEYS[1] an index (identity:, handle: or phone:); ARGV[1] the key prefix ("{c}:"). Follows the index to the party
    /// in one round trip: {account, name, handle} (name '' when the party record is gone, handle '' for none), or {}
    /// when the index is empty. The one script that reads a key it is not given: the party hash is named by the index's
    /// value, and it shares the index's hash tag, so it is in the same slot.
    /// </summary>
    private const string FindScript = """
        local account = redis.call('GET', KEYS[1])
        if not account then return {} end
        local f = redis.call('HMGET', ARGV[1] .. 'party:' .. account, 'name', 'handle')
        return {account, f[1] or '', f[2] or ''}
        """;

    private static readonly RedisValue[] PartyFields = ["name", "handle"];

    private readonly IConnectionMultiplexer _redis;
    private readonly string _tag;

    public RedisPartyDirectory(IConnectionMultiplexer redis, string keyPrefix = "c")
    {
        _redis = redis ?? throw new ArgumentNullException(nameof(redis));
        ArgumentNullException.ThrowIfNull(keyPrefix);
        // An empty tag ("{}") would hash the whole key, and a brace would end the tag early.
        if (keyPrefix.Length == 0 || keyPrefix.AsSpan().ContainsAny('{', '}') || keyPrefix.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("The key prefix must be non-empty, without braces or spaces.", nameof(keyPrefix));
        }
        _tag = "{" + keyPrefix + "}:";
    }

    private IDatabase Db => _redis.GetDatabase();

    public async Task<Party> GetOrCreatePersonAsync(
        ChannelIdentity identity, string? handle, string displayName, string? phoneNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(displayName);
        cancellationToken.ThrowIfCancellationRequested();
        var account = PersonIds.New();
        var wanted = string.IsNullOrEmpty(handle) ? null : handle.ToLowerInvariant();
        var phone = string.IsNullOrEmpty(phoneNumber) ? null : phoneNumber;
        RedisKey[] keys =
        [
            IdentityKey(identity), PartyKey(account), HandleKey(wanted ?? ""), PhoneKey(phone ?? ""), IdentitiesKey(account),
        ];
        RedisValue[] values = [account.Value, wanted ?? "", Flag(wanted is not null), displayName, Flag(phone is not null), identity.Key];
        var result = await Db.ScriptEvaluateAsync(GetOrCreateScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        var answer = (RedisValue[])result!;
        if (answer[0] == "=")
        {
            var known = AccountId.Parse((string)answer[1]!);
            return await FindByAccountAsync(known, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"{identity} is bound to {known}, which has no party.");
        }
        var taken = (string)answer[1]!;
        return new Party(account, taken.Length == 0 ? null : taken, displayName);
    }

    public async Task<Party?> FindByIdentityAsync(ChannelIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return await FindByIndexAsync(IdentityKey(identity), cancellationToken).ConfigureAwait(false);
    }

    public Task<Party?> FindByHandleAsync(string handle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return FindByIndexAsync(HandleKey(handle.ToLowerInvariant()), cancellationToken);
    }

    public Task<Party?> FindByPhoneAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        return FindByIndexAsync(PhoneKey(phoneNumber), cancellationToken);
    }

    public async Task<Party?> FindByAccountAsync(AccountId account, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var fields = await Db.HashGetAsync(PartyKey(account), PartyFields).WaitAsync(cancellationToken).ConfigureAwait(false);
        return fields[0].IsNull ? null : new Party(account, fields[1].IsNull ? null : (string)fields[1]!, (string)fields[0]!);
    }

    public async Task<IReadOnlyList<ChannelIdentity>> IdentitiesOfAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var keys = await Db.ListRangeAsync(IdentitiesKey(person)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return [.. keys.Select(key => ToIdentity((string)key!))];
    }

    public async Task<bool> RegisterAsync(Party party, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        var wanted = party.Handle?.ToLowerInvariant();
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The old handle's key must be named in KEYS, so it is read first and the script checks it is unchanged.
            var old = (string?)await Db.HashGetAsync(PartyKey(party.Account), "handle").WaitAsync(cancellationToken).ConfigureAwait(false);
            RedisKey[] keys = [PartyKey(party.Account), HandleKey(wanted ?? ""), HandleKey(old ?? "")];
            RedisValue[] values = [party.Account.Value, wanted ?? "", Flag(wanted is not null), party.DisplayName, old ?? ""];
            var answer = (int)await Db.ScriptEvaluateAsync(RegisterScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
            switch (answer)
            {
                case 1:
                    return true;
                case 0:
                    return false;
                case -1 when attempt < StaleReadAttempts:
                    continue;   // another registration changed the handle in between: read it again
                default:
                    throw new InvalidOperationException($"Registering {party.Account} answered {answer} {StaleReadAttempts} times.");
            }
        }
    }

    public async Task BindIdentityAsync(ChannelIdentity identity, AccountId person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys = [PartyKey(person), IdentityKey(identity), IdentitiesKey(person)];
        RedisValue[] values = [person.Value, identity.Key];
        var answer = (int)await Db.ScriptEvaluateAsync(BindScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (answer < 0)
        {
            throw new InvalidOperationException($"No party {person} to bind {identity} to.");
        }
    }

    public async Task<JoinOutcome> JoinAsync(
        AccountId into, AccountId? from, IReadOnlyList<ChannelIdentity> identities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identities);
        cancellationToken.ThrowIfCancellationRequested();
        var other = from ?? into;
        RedisKey[] keys = [PartyKey(into), PartyKey(other), IdentitiesKey(into), IdentitiesKey(other)];
        RedisValue[] values = [into.Value, from?.Value ?? "", _tag, .. identities.Select(i => (RedisValue)i.Key)];
        var answer = (int)await Db.ScriptEvaluateAsync(JoinScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        return answer switch
        {
            1 => JoinOutcome.Joined,
            0 => JoinOutcome.Changed,
            _ => JoinOutcome.NoParty,
        };
    }

    public async Task<UnbindOutcome> UnbindIdentityAsync(AccountId person, ChannelIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        cancellationToken.ThrowIfCancellationRequested();
        var phone = identity.PhoneNumber;
        RedisKey[] keys = [IdentityKey(identity), IdentitiesKey(person), phone is null ? IdentityKey(identity) : PhoneKey(phone)];
        RedisValue[] values = [person.Value, identity.Key, phone ?? ""];
        var answer = (int)await Db.ScriptEvaluateAsync(UnbindScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        return answer switch
        {
            1 => UnbindOutcome.Unbound,
            -1 => UnbindOutcome.LastIdentity,
            _ => UnbindOutcome.NotLinked,
        };
    }

    public async Task<bool> TryCountLinkCodeAsync(
        string target, int max, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] keys = [_tag + "linkcodes:" + target];
        RedisValue[] values = [max, (long)window.TotalMilliseconds, now.ToUnixTimeMilliseconds()];
        var answer = (int)await Db.ScriptEvaluateAsync(CountLinkCodeScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        return answer == 1;
    }

    /// <summary>The party an index key (identity, handle, phone) points to.</summary>
    public async Task ForgetPersonAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        RedisKey[] keys = [PartyKey(person), IdentitiesKey(person)];
        RedisValue[] values = [person.Value, _tag, Party.ForgottenName];
        await Db.ScriptEvaluateAsync(ForgetScript, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Party?> FindByIndexAsync(RedisKey index, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var found = (RedisResult[])(await Db.ScriptEvaluateAsync(FindScript, [index], [_tag]).WaitAsync(cancellationToken).ConfigureAwait(false))!;
        if (found.Length == 0 || ((string)found[1]!).Length == 0)
        {
            return null;
        }
        var handle = (string)found[2]!;
        return new Party(AccountId.Parse((string)found[0]!), handle.Length == 0 ? null : handle, (string)found[1]!);
    }

    /// <summary>"telegram:123:456" is channel "telegram", sender "123:456": channels never contain ':'.</summary>
    private static ChannelIdentity ToIdentity(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return new ChannelIdentity(key[..colon], key[(colon + 1)..]);
    }

    private static RedisValue Flag(bool on) => on ? "1" : "0";

    /// <summary>Hash: <c>name</c>, and <c>handle</c> (lower-case) when the party has one.</summary>
    private RedisKey PartyKey(AccountId account) => _tag + "party:" + account.Value;

    /// <summary>String: the account id that owns a handle (lower-case).</summary>
    private RedisKey HandleKey(string handle) => _tag + "handle:" + handle;

    /// <summary>String: the account id of the person with this phone number (E.164).</summary>
    private RedisKey PhoneKey(string phoneNumber) => _tag + "phone:" + phoneNumber;

    /// <summary>String: the account id a channel identity is bound to.</summary>
    private RedisKey IdentityKey(ChannelIdentity identity) => _tag + "identity:" + identity.Key;

    /// <summary>List: the identity keys bound to a person, in binding order.</summary>
    private RedisKey IdentitiesKey(AccountId account) => _tag + "identities:" + account.Value;
}
