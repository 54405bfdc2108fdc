using System.Reflection;
using System.Runtime.ExceptionServices;
using Conversational.Bots.Conversations.Stores;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>
/// An <see cref="IConversationStore"/> whose loads (<c>LoadAsync</c>, and <c>OpenTurnAsync</c> which loads too) take a
/// while (a slow store), everything else passed to the
/// inner store as it is: makes a turn slow enough for the "typing" indicator. A proxy, so it follows the interface as
/// it grows.
/// </summary>
public class SlowConversationLoads : DispatchProxy
{
    private IConversationStore _inner = null!;
    private TimeSpan _delay;

    public static IConversationStore Wrap(IConversationStore inner, TimeSpan delay)
    {
        var proxy = Create<IConversationStore, SlowConversationLoads>();
        var slow = (SlowConversationLoads)(object)proxy;
        slow._inner = inner;
        slow._delay = delay;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IConversationStore.LoadAsync))
        {
            return LoadLaterAsync(targetMethod, args);
        }
        if (targetMethod.Name == nameof(IConversationStore.OpenTurnAsync))
        {
            return OpenLaterAsync(targetMethod, args);
        }
        return Call(targetMethod, args);
    }

    private async Task<StoredConversation> LoadLaterAsync(MethodInfo method, object?[]? args)
    {
        await Task.Delay(_delay);
        return await (Task<StoredConversation>)Call(method, args)!;
    }

    private async Task<OpenedTurn> OpenLaterAsync(MethodInfo method, object?[]? args)
    {
        await Task.Delay(_delay);
        return await (Task<OpenedTurn>)Call(method, args)!;
    }

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
