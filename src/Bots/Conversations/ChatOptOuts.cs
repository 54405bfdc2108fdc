using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;

namespace Conversational.Bots.Conversations;

/// <summary>
/// STOP as a channel tells it rather than as a message: a Telegram user blocked the bot (my_chat_member "kicked", or a
/// 403 on sending), Twilio refused a number that told its carrier STOP (21610), Teams refused a member who removed the
/// app. Recorded per chat in the person's conversation (<see cref="ConversationData.Stop"/>) with a version-checked
/// save, so nothing more is sent to that chat on the service's own initiative until it says START; the person's other
/// chats keep their notices.
/// </summary>
public sealed class ChatOptOuts(IConversationStore store, IPartyDirectory directory, TimeProvider time)
{
    private const int SaveAttempts = 3;

    /// <summary>True when this chat said STOP (false for someone unknown).</summary>
    public async Task<bool> IsOptedOutAsync(ChannelIdentity identity, CancellationToken cancellationToken) =>
        (await StatusOfAsync(identity, cancellationToken).ConfigureAwait(false)).OptedOut;

    /// <summary>Whether this chat said STOP, and the language its person last wrote in (null when unknown).</summary>
    public async Task<(bool OptedOut, string? Language)> StatusOfAsync(ChannelIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var party = await directory.FindByIdentityAsync(identity, cancellationToken).ConfigureAwait(false);
        if (party is null)
        {
            return (false, null);
        }
        var loaded = await store.LoadAsync(party.Account.Value, cancellationToken).ConfigureAwait(false);
        return (loaded.Data.IsStopped(identity), loaded.Data.Language);
    }

    /// <summary>
    /// Records that this chat is opted out. False when nobody is behind it, when the person has no conversation yet (its
    /// first turn opens it), or when the save kept conflicting.
    /// </summary>
    public Task<bool> RecordAsync(ChannelIdentity identity, CancellationToken cancellationToken) =>
        ChangeAsync(identity, stop: true, cancellationToken);

    /// <summary>
    /// Lifts this chat's opt-out as the channel tells it (the bot added again in Teams, unblocked in Telegram), as START
    /// there would. False when nobody is behind it or the save kept conflicting.
    /// </summary>
    public Task<bool> LiftAsync(ChannelIdentity identity, CancellationToken cancellationToken) =>
        ChangeAsync(identity, stop: false, cancellationToken);

    private async Task<bool> ChangeAsync(ChannelIdentity identity, bool stop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var party = await directory.FindByIdentityAsync(identity, cancellationToken).ConfigureAwait(false);
        if (party is null)
        {
            return false;
        }
        var person = party.Account.Value;
        // Held like a message's turn, so that a turn under way is not made to run again by this save; when the person
        // stays busy, the version-checked save alone keeps both writes.
        IAsyncDisposable? held = null;
        try
        {
            held = await store.LockAsync(person, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
        try
        {
            return await SaveAsync(party.Account, identity, stop, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (held is not null)
            {
                await held.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> SaveAsync(Wallet.AccountId account, ChannelIdentity identity, bool stop, CancellationToken cancellationToken)
    {
        var person = account.Value;
        for (var attempt = 0; attempt < SaveAttempts; attempt++)
        {
            var loaded = await store.LoadAsync(person, cancellationToken).ConfigureAwait(false);
            if (loaded.Data.IsStopped(identity) == stop)
            {
                return true;
            }
            if (loaded.Version == 0)
            {
                return false;
            }
            if (stop)
            {
                loaded.Data.Stop(identity);
            }
            else
            {
                loaded.Data.Resume(identity, loaded.Data.StoppedEverywhere
                    ? await directory.IdentitiesOfAsync(account, cancellationToken).ConfigureAwait(false)
                    : []);
            }
            var key = $"{(stop ? "optout" : "optin")}:{identity.Key}:{time.GetUtcNow().UtcTicks}:{attempt}";
            if (await store.SaveAsync(person, loaded.Data, loaded.Version, key, [], cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }
        return false;
    }
}
