namespace Functions.Notify;

/// <summary>One notification for one receiver, keyed for the notification log.</summary>
/// <param name="Receiver">Where to.</param>
/// <param name="Message">What.</param>
/// <param name="DedupKey">What it is about, e.g. an alert group's key.</param>
/// <param name="StateHash">Which state of it.</param>
public sealed record NotificationWork(ReceiverSettings Receiver, Notification Message, string DedupKey, string StateHash);
