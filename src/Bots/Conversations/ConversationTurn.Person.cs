using Conversational.Bots.Conversations.Texts;
using Conversational.Bots.Directory;
using Conversational.Commands;

namespace Conversational.Bots.Conversations;

/// <summary>
/// What a person sets for all their chats at once: which chats reach their wallet ("#unlink"), the @handle others send
/// to ("#handle"), and the language of what the service sends on its own ("#language").
/// </summary>
internal sealed partial class ConversationTurn
{
    private async Task UnlinkAsync(LinkTarget? target, CancellationToken cancellationToken)
    {
        var directory = _services.Directory;
        var sender = _message!.Sender;
        var mine = await directory.IdentitiesOfAsync(_person.Account, cancellationToken).ConfigureAwait(false);
        var chosen = target switch
        {
            null => mine.Where(i => i.Key == sender.Key).ToList(),
            { Kind: LinkTargetKind.Phone } => mine.Where(i => i.PhoneNumber == target.Value).ToList(),
            { Kind: LinkTargetKind.Telegram } => mine.Where(i => i.Channel == "telegram").ToList(),
            { Kind: LinkTargetKind.WebChat } => mine.Where(i => i.Channel == ChannelIdentity.WebChannel && (target.Value is null || i.SenderId == target.Value)).ToList(),
            _ => [],
        };
        if (chosen.Count == 0)
        {
            Say(Links.NotLinked(target is null ? Links.Describe(sender) : Links.Target(target)));
            return;
        }
        var removed = new List<ChannelIdentity>();
        foreach (var identity in chosen)
        {
            var outcome = await directory.UnbindIdentityAsync(_person.Account, identity, cancellationToken).ConfigureAwait(false);
            if (outcome == UnbindOutcome.LastIdentity)
            {
                break;
            }
            if (outcome == UnbindOutcome.Unbound)
            {
                removed.Add(identity);
            }
        }
        var left = await directory.IdentitiesOfAsync(_person.Account, cancellationToken).ConfigureAwait(false);
        _data.LinkedPhones.RemoveAll(phone => !left.Any(i => i.PhoneNumber == phone));
        if (removed.Count > 0)
        {
            Say(Links.Unlinked(string.Join(", ", removed.Select(Links.Describe))));
        }
        if (removed.Count < chosen.Count)
        {
            Say(Links.LastIdentity);
        }
        foreach (var identity in removed.Where(i => i.Key != sender.Key))
        {
            await _services.Store.EnqueueAsync(identity, OutboundReply.Plain(Links.UnlinkedNotice(_person.Label)), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SetHandleAsync(string? handle, CancellationToken cancellationToken)
    {
        if (handle is null || handle == _person.Handle)
        {
            Say(Links.HandleShown(_person.Handle));
            return;
        }
        // A handle money already waits for (sent before anyone had it) is not given: it was meant for someone else.
        if ((await Wallet.Store.ListWaitingForAsync("@" + handle, cancellationToken).ConfigureAwait(false)).Count > 0
            || !await _services.Directory.RegisterAsync(_person with { Handle = handle }, cancellationToken).ConfigureAwait(false))
        {
            Say(Links.HandleTaken(handle));
            return;
        }
        Say(Links.HandleSet(handle));
    }

    /// <summary>The language of notices and reminders on every chat of the person; replies keep following each message.</summary>
    private void SetLanguage(SetLanguageCommand command)
    {
        if (command.Preferred is { } preferred)
        {
            _data.PreferredLanguage = _data.Language = LanguageTags.Of(preferred);
            _texts = ReplyTexts.For(preferred);
            Say(Links.LanguageSet);
            return;
        }
        if (command.Automatic)
        {
            _data.PreferredLanguage = null;
            _data.Language = _texts.Tag;
            Say(Links.LanguageAutomatic);
            return;
        }
        Say(Links.LanguageShown(_data.PreferredLanguage is { } chosen ? LanguageTags.Parse(chosen) : null));
    }
}
