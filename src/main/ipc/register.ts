import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { API_METHODS, CHANNELS } from '@shared/channels'
import type { Result } from '@shared/result'
import { isTrustedSender } from '../security/hardening'
import type { Dispatch } from './dispatch'

/** Registers one `ipcMain.handle` per API method; calls from untrusted frames are refused unanswered. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, appUrl: () => string): void {
  for (const method of API_METHODS) {
    ipcMain.handle(
      CHANNELS[method],
      async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
        if (!isTrustedSender(event.senderFrame, appUrl())) {
          return {
            ok: false,
            error: {
              code: 'FORBIDDEN',
              message: 'Refused: the call did not come from the app window.',
              issues: [],
            },
          }
        }
        return dispatch(method, args)
      },
    )
  }
}
