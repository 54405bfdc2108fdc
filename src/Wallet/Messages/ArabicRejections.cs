using System.Globalization;
using Conversational.Shared;

namespace Conversational.Wallet;

/// <summary>Rejections explained in Arabic, each with what to do instead; numbers in Arabic-Indic digits.</summary>
internal static class ArabicRejections
{
    private static readonly string[] Months =
    [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ];

    public static string Describe(RejectionMessages.Facts f) => f switch
    {
        { Reason: RejectionReason.InvalidAmount, Limit: { } limit } =>
            $"لا يمكن استخدام هذا المبلغ: يجب أن يكون أكبر من صفر وألا يتجاوز {limit}. جرّب مبلغًا آخر.",
        { Reason: RejectionReason.InvalidAmount } =>
            "لا يمكن استخدام هذا المبلغ: يجب أن يكون أكبر من صفر. جرّب مبلغًا آخر.",
        { Reason: RejectionReason.CurrencyNotSupported, Currencies: { } currencies } =>
            $"لا نتعامل بهذه العملة. استخدم {string.Join(" أو ", currencies)}.",
        { Reason: RejectionReason.CurrencyNotSupported } =>
            "لا نتعامل بهذه العملة. أرسل «مساعدة» لمعرفة العملات المتاحة.",
        { Reason: RejectionReason.CurrencyMismatch } =>
            "هذا المبلغ ليس بعملة الدفعة الأصلية. استخدم عملة تلك الدفعة.",
        { Reason: RejectionReason.WrongAccountKind } =>
            "لا يمكن لهذا النوع من الحسابات إجراء هذه العملية، لذا لم يُنقل أي مال. "
            + "تحقّق من الجهة التي يُوجَّه إليها المال.",
        { Reason: RejectionReason.SameAccount } =>
            "لا يمكنك إرسال المال إلى نفسك. اختر مستلمًا آخر.",
        { Reason: RejectionReason.UnknownAccount } =>
            "لم نعثر على حسابك، لذا لم يُنقل أي مال. تواصل معنا إذا كنت تظن أن في الأمر خطأ.",
        { Reason: RejectionReason.UnknownRecipient, Recipient: { } recipient } =>
            $"لم نعثر على «{recipient}»، لذا لم يُرسَل أي مال. تحقّق من الاسم أو رقم الهاتف ثم أعد المحاولة.",
        { Reason: RejectionReason.UnknownRecipient } =>
            "لم نعثر على هذا المستلم، لذا لم يُرسَل أي مال. تحقّق من الاسم أو رقم الهاتف ثم أعد المحاولة.",
        { Reason: RejectionReason.IdConflict } =>
            "سبق استخدام هذا الطلب لعملية مختلفة، لذا لم يُنقل أي مال. أرسله من جديد بوصفه طلبًا جديدًا.",
        { Reason: RejectionReason.InsufficientFunds, Account.Kind: AccountKind.Merchant } =>
            "لا يملك التاجر حاليًا مالًا كافيًا لهذا الاسترداد. أعد المحاولة لاحقًا.",
        { Reason: RejectionReason.InsufficientFunds, Available: { } available } =>
            $"رصيدك غير كافٍ: المتاح لديك {available}. أرسل مبلغًا أصغر أو أضف مالًا أولًا.",
        { Reason: RejectionReason.InsufficientFunds } =>
            "رصيدك المتاح غير كافٍ. أرسل مبلغًا أصغر أو أضف مالًا أولًا.",
        { Reason: RejectionReason.OverTransactionLimit, Limit: { } limit } =>
            $"الحد الأقصى للدفعة الواحدة هو {limit}. أرسل مبلغًا أصغر.",
        { Reason: RejectionReason.OverTransactionLimit } =>
            "هذا المبلغ يتجاوز الحد الأقصى للدفعة الواحدة. أرسل مبلغًا أصغر.",
        { Reason: RejectionReason.OverDailyCap, Limit: { } limit, Used: { } used } =>
            $"يمكنك أن تنفق {limit} على الأكثر في اليوم، وقد أنفقت اليوم {used}. أرسل مبلغًا أصغر أو انتظر حتى الغد.",
        { Reason: RejectionReason.OverDailyCap, Limit: { } limit } =>
            $"يمكنك أن تنفق {limit} على الأكثر في اليوم. أرسل مبلغًا أصغر أو انتظر حتى الغد.",
        { Reason: RejectionReason.OverDailyCap } =>
            "هذا المبلغ يتجاوز حد إنفاقك اليومي. أرسل مبلغًا أصغر أو انتظر حتى الغد.",
        { Reason: RejectionReason.OverMonthlyCap, Limit: { } limit, Used: { } used } =>
            $"يمكنك أن تنفق {limit} على الأكثر في الشهر، وقد أنفقت هذا الشهر {used}. "
            + "أرسل مبلغًا أصغر أو انتظر حتى الشهر القادم.",
        { Reason: RejectionReason.OverMonthlyCap, Limit: { } limit } =>
            $"يمكنك أن تنفق {limit} على الأكثر في الشهر. أرسل مبلغًا أصغر أو انتظر حتى الشهر القادم.",
        { Reason: RejectionReason.OverMonthlyCap } =>
            "هذا المبلغ يتجاوز حد إنفاقك الشهري. أرسل مبلغًا أصغر أو انتظر حتى الشهر القادم.",
        { Reason: RejectionReason.OverUnverifiedSpending } => UnverifiedSpending(f),
        { Reason: RejectionReason.RecipientOverBalanceLimit, Limit: { } limit } =>
            "لا يستطيع المستلم تلقي هذا المبلغ قبل توثيق هويته، "
            + $"إذ لا يمكن أن يتجاوز رصيد الحساب غير الموثّق {limit}. أرسل مبلغًا أصغر.",
        { Reason: RejectionReason.RecipientOverBalanceLimit } =>
            "لا يستطيع المستلم تلقي هذا المبلغ قبل توثيق هويته. أرسل مبلغًا أصغر.",
        { Reason: RejectionReason.PendingNotFound } =>
            "لم نعثر على هذا التحويل المنتظر استلامه. تحقّق من الرابط أو الرمز الذي وصلك.",
        { Reason: RejectionReason.PendingAlreadyClaimed } =>
            "سبق أن استُلم هذا المال، فلم يبقَ منه شيء لاستلامه أو استرجاعه.",
        { Reason: RejectionReason.PendingAlreadyReturned } =>
            "سبق أن أُعيد هذا المال إلى المرسل، فلم يعد من الممكن استلامه.",
        { Reason: RejectionReason.PendingNotForClaimant } =>
            "هذا التحويل موجّه إلى شخص آخر، فلا يمكنك استلامه. تحقّق من الرابط أو الرمز الذي وصلك.",
        { Reason: RejectionReason.PendingExpired, Date: { } date } =>
            $"انتهت مهلة استلام هذا المال في {Date(date)}، لذا يعود إلى المرسل. اطلب منه أن يرسله من جديد.",
        { Reason: RejectionReason.PendingExpired } =>
            "انتهت مهلة استلام هذا المال، لذا يعود إلى المرسل. اطلب منه أن يرسله من جديد.",
        { Reason: RejectionReason.PendingNotDue, Date: { } date } =>
            $"يمكن للمستلم استلام هذا المال حتى {Date(date)}. يمكنك استرجاعه بعد هذا التاريخ.",
        { Reason: RejectionReason.PendingNotDue } =>
            "لا يزال بإمكان المستلم استلام هذا المال. يمكنك استرجاعه بعد انتهاء مهلة الاستلام.",
        { Reason: RejectionReason.HoldNotFound } =>
            "لم نعثر على تفويض الدفع هذا. تحقّق من مرجعه.",
        { Reason: RejectionReason.HoldAlreadyCaptured } =>
            "سبق تحصيل تفويض الدفع هذا، فلا يمكن تحصيله مرة أخرى.",
        { Reason: RejectionReason.HoldAlreadyVoided } =>
            "أُلغي تفويض الدفع هذا، فلم يعد من الممكن تحصيله. اطلب دفعة جديدة.",
        { Reason: RejectionReason.CaptureExceedsHold, Limit: { } limit } =>
            $"يمكنك تحصيل {limit} على الأكثر، وهو المبلغ المفوَّض. حصّل مبلغًا أصغر.",
        { Reason: RejectionReason.CaptureExceedsHold } =>
            "لا يمكنك تحصيل أكثر من المبلغ المفوَّض. حصّل مبلغًا أصغر.",
        { Reason: RejectionReason.PaymentNotFound } =>
            "لم نعثر على هذه الدفعة. تحقّق من مرجعها.",
        { Reason: RejectionReason.RefundExceedsPayment, LimitIsZero: true } =>
            "سبق ردّ هذه الدفعة بالكامل.",
        { Reason: RejectionReason.RefundExceedsPayment, Limit: { } limit } =>
            $"يمكن ردّ {limit} على الأكثر من هذه الدفعة. اختر مبلغًا أصغر.",
        { Reason: RejectionReason.RefundExceedsPayment } =>
            "هذا المبلغ يتجاوز ما تبقى من الدفعة. اختر مبلغًا أصغر.",
        { Reason: RejectionReason.UnknownShortCode } =>
            "هذا الرقم القصير غير صالح: أرقامنا القصيرة مكوّنة من ٥ أرقام. تحقّق منه ثم أعد المحاولة.",
        { Reason: RejectionReason.OverCarrierPurchaseLimit, Limit: { } limit } =>
            $"لا يمكن أن تتجاوز كلفة هذا الشراء {limit} على فاتورة هاتفك. اختر شراءً أرخص أو ادفع بطريقة أخرى.",
        { Reason: RejectionReason.OverCarrierPurchaseLimit } =>
            "كلفة هذا الشراء أعلى من أن تُضاف إلى فاتورة هاتفك. اختر شراءً أرخص أو ادفع بطريقة أخرى.",
        { Reason: RejectionReason.OverCarrierMonthlyCap, Limit: { } limit, Used: { } used } =>
            $"يمكنك أن تدفع {limit} على الأكثر شهريًا عبر فاتورة هاتفك، وقد دفعت هذا الشهر {used}. "
            + "ادفع بطريقة أخرى أو انتظر حتى الشهر القادم.",
        { Reason: RejectionReason.OverCarrierMonthlyCap, Limit: { } limit } =>
            $"يمكنك أن تدفع {limit} على الأكثر شهريًا عبر فاتورة هاتفك. ادفع بطريقة أخرى أو انتظر حتى الشهر القادم.",
        { Reason: RejectionReason.OverCarrierMonthlyCap } =>
            "هذا المبلغ يتجاوز حدك الشهري للدفع عبر فاتورة هاتفك. ادفع بطريقة أخرى أو انتظر حتى الشهر القادم.",
        { Reason: RejectionReason.CarrierDonationsBlocked } =>
            "لقد منعت التبرعات عبر فاتورة هاتفك. تبرّع بطريقة أخرى أو ألغِ المنع أولًا.",
        { Reason: RejectionReason.InvalidPhoneNumber } =>
            "رقم الهاتف هذا غير صالح. اكتبه بالصيغة الدولية: علامة + ثم رمز البلد ثم الرقم.",
        { Reason: RejectionReason.InvalidClaimKey } =>
            "رمز الاستلام هذا غير صالح. تحقّق من الرابط أو الرمز الذي وصلك.",
        { Reason: RejectionReason.UnknownOperator } =>
            "لا يمكننا الخصم من فاتورة هاتفك لأن مشغّل شبكتك غير معروف لدينا. ادفع بطريقة أخرى.",
        _ => "تعذّر إجراء هذه العملية، ولم يُنقل أي مال. أعد المحاولة أو أرسل «مساعدة».",
    };

    private static string UnverifiedSpending(RejectionMessages.Facts f)
    {
        var verified = f.Tier == IdentityTier.Verified;
        var who = verified ? "للحسابات الموثّقة" : "للحسابات غير الموثّقة";
        var limit = f.Limit is { } l
            ? $"يمكن {who} أن تنفق {l} على الأكثر خلال ٣٠ يومًا"
            : $"{who} حدٌّ للإنفاق خلال ٣٠ يومًا";
        var used = f.Used is { } u ? $"، وقد أنفقت {u}." : ".";
        var next = verified
            ? " أرسل مبلغًا أصغر أو انتظر بضعة أيام."
            : " اطلب منا توثيق هويتك لرفع هذا الحد.";
        return limit + used + next;
    }

    /// <summary>"٢٤ نوفمبر ٢٠٢٦".</summary>
    private static string Date(DateTime date) =>
        MoneyWriting.ToArabicIndic(date.Day.ToString(CultureInfo.InvariantCulture))
        + " " + Months[date.Month - 1] + " "
        + MoneyWriting.ToArabicIndic(date.Year.ToString(CultureInfo.InvariantCulture));
}
