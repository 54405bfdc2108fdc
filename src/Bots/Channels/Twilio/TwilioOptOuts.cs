using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// The opt-out record of a phone person is the engine's <see cref="ConversationData.OptedOut"/>: read here for the
/// webhook, and set when Twilio says the person told the carrier STOP (error 21610) with a version-checked save.
/// </summary>
public sealed class TwilioOptOuts(IConversationStore store, IPartyDirectory directory, TimeProvider time)
{
    private const int SaveAttempts = 3;

    /// <summary>True when the person behind this identity said STOP (false for someone unknown).</summary>
    public async Task<bool> IsOptedOutAsync(ChannelIdentity identity, CancellationToken cancellationToken) =>
        (await StatusOfAsync(identity, cancellationToken).ConfigureAwait(false)).OptedOut;

    /// <summary>Whether the person behind this identity said STOP, and the language they last wrote in (null when unknown).</summary>
    public async Task<(bool OptedOut, string? Language)> StatusOfAsync(ChannelIdentity identity, CancellationToken cancellationToken)
    {
        var party = await directory.FindByIdentityAsync(identity, cancellationToken).ConfigureAwait(false);
        if (party is null)
        {
            return (false, null);
        }
        var loaded = await store.LoadAsync(party.Account.Value, cancellationToken).ConfigureAwait(false);
        return (loaded.Data.OptedOut, loaded.Data.Language);
    }

    /// <summary>Records that the person behind this identity is opted out; false when they are unknown or the save kept conflicting.</summary>
    public async Task<bool> RecordAsync(ChannelIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var party = await directory.FindByIdentityAsync(identity, cancellationToken).ConfigureAwait(false);
        if (party is null)
        {
            return false;
        }
        var person = party.Account.Value;
        for (var attempt = 0; attempt < SaveAttempts; attempt++)
        {
            var loaded = await store.LoadAsync(person, cancellationToken).ConfigureAwait(false);
            if (loaded.Data.OptedOut)
            {
                return true;
            }
            loaded.Data.OptedOut = true;
            var key = $"twilio-optout:{identity.Key}:{time.GetUtcNow().UtcTicks}:{attempt}";
            if (await store.SaveAsync(person, loaded.Data, loaded.Version, key, [], cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }
        return false;
    }
}
