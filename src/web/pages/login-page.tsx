import { type FormEvent, useEffect, useRef, useState } from 'react';
import { TextField } from '../components/field.tsx';
import { FormError } from '../components/form-error.tsx';
import { apiWrite, findFieldError } from '../lib/api.ts';
import type { Session } from '../lib/types.ts';
import { usePageTitle } from '../lib/use-page-title.ts';
import { useSubmission } from '../lib/use-submission.ts';

interface LoginPageProps {
  next: string | null;
  onLoggedIn: (session: Session) => void;
}

/** Password login; the app then goes to the page first asked for, or the user's home page. */
export function LoginPage({ onLoggedIn, next }: LoginPageProps) {
  usePageTitle('Đăng nhập');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { isPending, error, submit } = useSubmission();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const session = await submit((key) =>
      apiWrite<Session>('POST', '/auth/login', { username, password }, key),
    );
    if (session) onLoggedIn(session);
  }

  return (
    <main id="main" className="login">
      <div className="login-card">
        <p className="brand brand-large">Một Cửa</p>
        <h1>Đăng nhập</h1>
        <p className="muted">Hệ thống thông tin giải quyết thủ tục hành chính — dành cho cán bộ.</p>
        {next && <p className="muted">Vui lòng đăng nhập để tiếp tục.</p>}
        <form ref={formRef} onSubmit={handleSubmit} noValidate aria-label="Đăng nhập">
          <TextField
            label="Tên đăng nhập"
            value={username}
            onValueChange={setUsername}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            error={findFieldError(error, 'username')}
          />
          <TextField
            label="Mật khẩu"
            type="password"
            value={password}
            onValueChange={setPassword}
            autoComplete="current-password"
            required
            error={findFieldError(error, 'password')}
          />
          <FormError error={error} shownFields={['username', 'password']} />
          <button
            type="submit"
            className="button-primary"
            disabled={isPending}
            aria-busy={isPending}
          >
            Đăng nhập
          </button>
        </form>
      </div>
    </main>
  );
}
