namespace Functions.Scf.Hosting;

/// <summary>
/// The error body the host reports for a failed invocation: posted to <c>/runtime/invocation/error</c>,
/// returned by <c>serve</c> with a 500, and printed on stderr by <c>invoke</c>.
/// </summary>
/// <param name="ErrorType">A stable error type such as <c>InvalidEvent</c> or <c>Timeout</c>.</param>
/// <param name="ErrorMessage">What went wrong, with secrets redacted.</param>
/// <param name="RequestId">The invocation's request id.</param>
public sealed record InvocationError(string ErrorType, string ErrorMessage, string RequestId);
