/**
 * A curator's push in a process of its own (for the race and kill tests): `push <folder>` pushes
 * and prints `pushed` or `rejected`; `pull <folder>` prints `ready` and then pulls.
 */
import { createSchemaValidators } from '../../../src/main/validation/ajv'
import { PushRejectedError } from '../../../src/main/team/remotes/transport'
import { TeamService } from '../../../src/main/team/team-service'

const [command, folder] = process.argv.slice(2)
const service = await TeamService.open(folder as string, { validators: createSchemaValidators() })
process.stdout.write('ready\n')
if (command === 'push') {
  try {
    await service.push()
    process.stdout.write('pushed\n')
  } catch (error) {
    if (!(error instanceof PushRejectedError)) throw error
    process.stdout.write('rejected\n')
  }
} else {
  const outcome = await service.pull()
  process.stdout.write(`${outcome.state}\n`)
}
